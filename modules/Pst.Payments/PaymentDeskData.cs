using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Payments;

/// <summary>The payment records of one request, newest first, as the payment pages and commands read them; the receipt in force.</summary>
public sealed record RequestPayments(IReadOnlyList<Billing> Billings, Payment? Payment, IReadOnlyList<TransferProof> Proofs, Receipt? Receipt)
{
    /// <summary>The billing not replaced by a later one (active, paid or expired), if any.</summary>
    public Billing? CurrentBilling => Billings.FirstOrDefault(b => b.Status != BillingStatus.Cancelled);
}

/// <summary>Loads a request's billings, payment, transfer proofs and receipt (tracked, so commands change them in place).</summary>
public sealed class PaymentRecords(PstDbContext db)
{
    public async Task<RequestPayments> ForAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        new(
            (await db.Set<Billing>().Where(b => b.RequestId == requestId).ToListAsync(cancellationToken)).OrderByDescending(b => b.IssuedAt).ToList(),
            await db.Set<Payment>().SingleOrDefaultAsync(p => p.RequestId == requestId, cancellationToken),
            (await db.Set<TransferProof>().Where(p => p.RequestId == requestId).ToListAsync(cancellationToken)).OrderByDescending(p => p.UploadedAt).ToList(),
            await db.Set<Receipt>().SingleOrDefaultAsync(r => r.RequestId == requestId && r.ReplacedBy == null, cancellationToken));

    public void Add(object record) => db.Add(record);

    /// <summary>
    /// A transaction around a payment step: the payment's records and the request's step (sent to ordering) are
    /// saved together or not at all, and numbers drawn inside it are given back when the step is refused.
    /// </summary>
    public Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken = default) =>
        db.Database.BeginTransactionAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Forgets unsaved changes (a refused step), so the page shows the records as saved.</summary>
    public void DiscardChanges() => db.ChangeTracker.Clear();
}
