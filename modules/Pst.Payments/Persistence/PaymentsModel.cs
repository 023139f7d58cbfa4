using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Payments.Persistence;

/// <summary>The module's tables (prefix <c>Payments_</c>).</summary>
public sealed class PaymentsModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Billing>(b =>
        {
            b.ToTable("Payments_Billings");
            b.HasKey(x => x.Id);
            b.Property(x => x.RequestNumber).HasMaxLength(30);
            b.Property(x => x.Code).HasMaxLength(15);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.RequestId);
            b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });

        modelBuilder.Entity<Payment>(p =>
        {
            p.ToTable("Payments_Payments");
            p.HasKey(x => x.Id);
            p.HasIndex(x => x.RequestId).IsUnique();
            p.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.BillingCode).HasMaxLength(15);
            p.Property(x => x.Ntpn).HasMaxLength(16);
            p.Property(x => x.Ntb).HasMaxLength(40);
            p.Property(x => x.Bank).HasMaxLength(100);
            p.Property(x => x.ConfirmedBy).HasMaxLength(450);
        });

        modelBuilder.Entity<TransferProof>(t =>
        {
            t.ToTable("Payments_TransferProofs");
            t.HasKey(x => x.Id);
            t.HasIndex(x => x.RequestId);
            t.Property(x => x.FileId).HasMaxLength(100);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.RejectionReason).HasMaxLength(1000);
        });

        modelBuilder.Entity<Receipt>(r =>
        {
            r.ToTable("Payments_Receipts");
            r.HasKey(x => x.Number);
            r.Property(x => x.Number).HasMaxLength(30);
            r.HasIndex(x => x.RequestId).IsUnique().HasFilter("\"ReplacedBy\" IS NULL");
            r.Property(x => x.IssuedBy).HasMaxLength(450);
            r.Property(x => x.PayerName).HasMaxLength(200);
            r.Property(x => x.PayerInstitution).HasMaxLength(200);
            r.Property(x => x.PayerAddress).HasMaxLength(500);
            r.Property(x => x.Replaces).HasMaxLength(30);
            r.Property(x => x.ReplacedBy).HasMaxLength(30);
        });

        modelBuilder.Entity<SimulatedBilling>(s =>
        {
            s.ToTable("Payments_SimulatedBillings");
            s.HasKey(x => x.Code);
            s.Property(x => x.Code).HasMaxLength(15);
            s.Property(x => x.RequestNumber).HasMaxLength(30);
            s.Property(x => x.PayerName).HasMaxLength(200);
            s.Property(x => x.Ntpn).HasMaxLength(16);
            s.Property(x => x.Ntb).HasMaxLength(40);
            s.Property(x => x.Bank).HasMaxLength(100);
        });
    }
}
