using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Persistence;

/// <summary>The module's tables (prefix <c>Ordering_</c>), added to the one DbContext.</summary>
internal sealed class OrderingModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Reminders.SentReminder>(s =>
        {
            s.ToTable("Ordering_SentReminders");
            s.HasKey(x => new { x.RequestId, x.Key });
            s.Property(x => x.Key).HasMaxLength(SendRequestMail.MaxOnceKeyLength);
        });

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
            r.Property(x => x.Handover).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasIndex(x => new { x.CustomerId, x.CreatedAt });
            r.HasIndex(x => x.State);
            r.HasIndex(x => new { x.Channel, x.FirstDeliveredAt });
            r.HasIndex(x => x.SubmittedAt);
            r.HasIndex(x => new { x.Channel, x.CompletedAt });

            r.OwnsOne(x => x.Customer, c =>
            {
                c.Property(x => x.Name).HasColumnName("CustomerName").HasMaxLength(200);
                c.Property(x => x.Email).HasColumnName("CustomerEmail").HasMaxLength(256);
                c.Property(x => x.Institution).HasColumnName("CustomerInstitution").HasMaxLength(200);
                c.Property(x => x.Segment).HasColumnName("CustomerSegment").HasConversion<string>().HasMaxLength(40);
                c.Property(x => x.Domicile).HasColumnName("CustomerDomicile").HasConversion<string>().HasMaxLength(20);
                c.Property(x => x.Npwp).HasColumnName("CustomerNpwp").HasMaxLength(16);
                c.Property(x => x.TaxNumberAbroad).HasColumnName("CustomerTaxNumberAbroad").HasMaxLength(Core.Kernel.TaxNumberAbroad.MaxLength);
                c.Property(x => x.Language).HasColumnName("CustomerLanguage").HasMaxLength(5).HasDefaultValue("id");
                c.Property(x => x.IdentityType).HasColumnName("CustomerIdentityType").HasConversion<string>().HasMaxLength(20);
                c.Property(x => x.IdentityNumber).HasColumnName("CustomerIdentityNumber").HasMaxLength(60);
                c.Ignore(x => x.Identity);
            });

            r.Property(x => x.SignedAgreementFileId).HasMaxLength(100);

            r.OwnsOne(x => x.ZeroTariff, z =>
            {
                z.Property(x => x.Category).HasColumnName("ZeroTariffCategory").HasConversion<string>().HasMaxLength(40);
                z.Property(x => x.Purpose).HasColumnName("ZeroTariffPurpose").HasConversion<string>().HasMaxLength(40);
                z.Property(x => x.Decision).HasColumnName("ZeroTariffDecision").HasConversion<string>().HasMaxLength(20);
                z.Property(x => x.RefusalReason).HasColumnName("ZeroTariffRefusalReason").HasMaxLength(1000);
            });

            r.OwnsMany(x => x.IssuedFiles, f =>
            {
                f.ToTable("Ordering_IssuedFiles");
                f.WithOwner().HasForeignKey("RequestId");
                f.Property<int>("Id");
                f.HasKey("Id");
                f.Property(x => x.Kind).HasConversion(k => k.Name, name => new IssuedFileKind(name)).HasMaxLength(20);
                f.Property(x => x.Number).HasMaxLength(40);
                f.Property(x => x.FileId).HasMaxLength(100);
                f.Property(x => x.FileName).HasMaxLength(200);
            });
            r.Navigation(x => x.IssuedFiles).HasField("_issued").UsePropertyAccessMode(PropertyAccessMode.Field);

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
                l.Property(x => x.ChoicesJson); // unbounded: a dataset's variables can run to hundreds of names
                l.Property(x => x.MeasuresJson).HasMaxLength(2000);
                l.Ignore(x => x.Measures);
                l.Property(x => x.InvoicedJson).HasMaxLength(4000);
                l.Ignore(x => x.Invoiced);
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
                d.Property(x => x.ContentJson); // unbounded: an abstract's answers run to pages
                d.Ignore(x => x.ShownAtDesk);
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

                // The supervisor's report finds the steps of a period (sent, requirements complete, delivered) by these.
                // Query them joined from the step, not as a correlated r.Timeline.Any(...): SQLite then walks the
                // whole range of one of these indexes for every request.
                t.HasIndex(x => new { x.Trigger, x.At });
                t.HasIndex(x => new { x.To, x.At });
            });
            r.Navigation(x => x.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
            r.OwnsMany(x => x.OfficeChecks, c =>
            {
                c.ToTable("Ordering_OfficeChecks");
                c.WithOwner().HasForeignKey("RequestId");
                c.Property<int>("Id");
                c.HasKey("Id");
                c.Property(x => x.Subject).HasConversion<string>().HasMaxLength(20);
                c.Property(x => x.OpenedAt);
                c.Property(x => x.ClosedAt);
            });
            r.Navigation(x => x.OfficeChecks).HasField("_checks").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}
