using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Ordering.Abstractions;
using Pst.Payments.Settling;

namespace Pst.Payments.Receipts;

/// <summary>
/// The treasurer takes a walk-in visitor's cash and gives the receipt at once (steps 14a and 16 of the walk-in
/// procedure), unless a signed data-use agreement must be handed over first: then the receipt follows it. It lives
/// with the receipts: settling knows nothing of receipts, a receipt follows a settled payment.
/// </summary>
public sealed class TakeCash(ConfirmPayment confirmation, IssueReceipt receipts, IMessages messages)
{
    /// <param name="received">The cash the visitor handed over, at least the amount due.</param>
    public async Task<CashTaken> TakeAsync(RequestSummary request, RequestActor treasurer, Rupiah received, string siteAddress, CancellationToken cancellationToken = default)
    {
        await confirmation.ReceiveCashAsync(request, treasurer, received, cancellationToken);
        var change = new Rupiah(received.Amount - PaymentRules.AmountDue(request).Amount);
        var settled = await messages.SendAsync(new GetRequest(request.Id, treasurer), cancellationToken);
        if (settled is null || !settled.PermittedSteps.Contains(RequestTrigger.IssueReceipt))
        {
            return new CashTaken(false, change);
        }

        await receipts.IssueAsync(settled, treasurer, siteAddress, cancellationToken);
        return new CashTaken(true, change);
    }
}

/// <param name="ReceiptIssued">Whether the receipt was issued with the payment (not when a signed agreement must come first).</param>
/// <param name="Change">What the treasurer gives back: the cash received less the amount due.</param>
public sealed record CashTaken(bool ReceiptIssued, Rupiah Change);
