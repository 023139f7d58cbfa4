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
    /// <returns>Whether the receipt was issued with the payment.</returns>
    public async Task<bool> TakeAsync(RequestSummary request, RequestActor treasurer, Rupiah received, string siteAddress, CancellationToken cancellationToken = default)
    {
        await confirmation.ReceiveCashAsync(request, treasurer, received, cancellationToken);
        var settled = await messages.SendAsync(new GetRequest(request.Id, treasurer), cancellationToken);
        if (settled is null || !settled.PermittedSteps.Contains(RequestTrigger.IssueReceipt))
        {
            return false;
        }

        await receipts.IssueAsync(settled, treasurer, siteAddress, cancellationToken);
        return true;
    }
}
