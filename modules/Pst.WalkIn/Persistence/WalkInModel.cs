using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Persistence;

/// <summary>The module's tables (prefix <c>WalkIn_</c>).</summary>
public sealed class WalkInModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WalkInService>(s =>
        {
            s.ToTable("WalkIn_Services");
            s.HasKey(x => x.Code);
            s.Property(x => x.Code).HasMaxLength(40);
            s.Property(x => x.Prefix).HasMaxLength(3);
            s.ComplexProperty(x => x.Name, Name);
        });

        modelBuilder.Entity<Counter>(c =>
        {
            c.ToTable("WalkIn_Counters");
            c.HasKey(x => x.Code);
            c.Property(x => x.Code).HasMaxLength(40);
            c.ComplexProperty(x => x.Name, Name);
            c.Property(x => x.ServiceCodes).HasMaxLength(400);
            c.Ignore(x => x.Services);
        });

        modelBuilder.Entity<GuestBook.GuestBookEntry>(g =>
        {
            g.ToTable("WalkIn_GuestBook");
            g.HasKey(x => x.Id);
            g.Property(x => x.IdentityDocumentType).HasConversion<string>().HasMaxLength(20);
            g.Property(x => x.IdentityNumber).HasMaxLength(40);
            g.Property(x => x.Name).HasMaxLength(200);
            g.Property(x => x.Email).HasMaxLength(256);
            g.Property(x => x.Phone).HasMaxLength(30);
            g.Property(x => x.Institution).HasMaxLength(200);
            g.Property(x => x.Segment).HasConversion<string>().HasMaxLength(40);
            g.Property(x => x.Purpose).HasMaxLength(1000);
            g.Property(x => x.RecordedBy).HasMaxLength(450);
            g.HasIndex(x => x.VisitedAt);
            g.HasIndex(x => x.Email);
            g.HasIndex(x => x.IdentityNumber);
            g.HasIndex(x => x.TicketId).IsUnique();
            g.HasIndex(x => x.RequestId);
        });

        modelBuilder.Entity<QueueTicket>(t =>
        {
            t.ToTable("WalkIn_Tickets");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.ServiceCode).HasMaxLength(40);
            t.Property(x => x.Number).HasMaxLength(10);
            t.Property(x => x.CounterCode).HasMaxLength(40);
            t.Property(x => x.TargetCounterCode).HasMaxLength(40);
            t.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Version).IsConcurrencyToken();
            t.HasIndex(x => new { x.Day, x.ServiceCode, x.Sequence }).IsUnique();
            t.HasIndex(x => new { x.Day, x.State });
        });
    }

    /// <summary>A service's or counter's name: the Indonesian in column <c>Name</c>, as before, and its English in <c>NameEn</c>.</summary>
    private static void Name(ComplexPropertyBuilder<LocalizedName> name)
    {
        name.Property(n => n.Indonesian).HasColumnName("Name").HasMaxLength(100);
        name.Property(n => n.English).HasColumnName("NameEn").HasMaxLength(100);
    }
}
