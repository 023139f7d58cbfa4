using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Persistence;

/// <summary>The module's tables (prefix <c>Ordering_</c>), added to the one DbContext.</summary>
public sealed class OrderingModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Request>(r =>
        {
            r.ToTable("Ordering_Requests");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.CustomerId).HasMaxLength(450);
            r.Property(x => x.Number).HasMaxLength(30);
            r.HasIndex(x => x.Number).IsUnique();
            r.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.State).HasConversion<string>().HasMaxLength(40);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasIndex(x => new { x.CustomerId, x.CreatedAt });
            r.HasIndex(x => x.State);

            r.OwnsMany(x => x.Lines, l =>
            {
                l.ToTable("Ordering_RequestLines");
                l.WithOwner().HasForeignKey("RequestId");
                l.Property<int>("Id");
                l.HasKey("Id");
                l.Ignore(x => x.Choices);
                l.Property(x => x.Number);
                l.Property(x => x.ItemCode).HasMaxLength(100);
                l.Property(x => x.ProductTypeId).HasMaxLength(50);
                l.Property(x => x.ItemTitle).HasMaxLength(500);
                l.Property(x => x.ChoicesJson).HasMaxLength(4000);
            });
            r.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);

            r.OwnsMany(x => x.Documents, d =>
            {
                d.ToTable("Ordering_RequestDocuments");
                d.WithOwner().HasForeignKey("RequestId");
                d.Property<int>("Id");
                d.HasKey("Id");
                d.Property(x => x.Code).HasMaxLength(60);
                d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
                d.Property(x => x.FileId).HasMaxLength(100);
                d.Property(x => x.RejectionReason).HasMaxLength(1000);
            });
            r.Navigation(x => x.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);

            r.OwnsMany(x => x.Timeline, t =>
            {
                t.ToTable("Ordering_RequestTransitions");
                t.WithOwner().HasForeignKey("RequestId");
                t.Property<int>("Id");
                t.HasKey("Id");
                t.Property(x => x.ActorId).HasMaxLength(450);
                t.Property(x => x.ActorRole).HasConversion<string>().HasMaxLength(20);
                t.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(40);
                t.Property(x => x.From).HasConversion<string>().HasMaxLength(40);
                t.Property(x => x.To).HasConversion<string>().HasMaxLength(40);
                t.Property(x => x.Reason).HasMaxLength(2000);
            });
            r.Navigation(x => x.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}
