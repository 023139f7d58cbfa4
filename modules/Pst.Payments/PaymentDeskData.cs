using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Payments;

/// <summary>The payment records of one request, newest first, as the payment pages and commands read them.</summary>
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
            await db.Set<Receipt>().SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken));

    public void Add(object record) => db.Add(record);
}
