using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Payments.Receipts;

namespace Pst.Payments.Settling;

/// <summary>
/// The treasurer takes a walk-in visitor's cash and gives the receipt at once (steps 14a and 16 of the walk-in
/// procedure), unless a signed data-use agreement must be handed over first: then the receipt follows it.
/// </summary>
public sealed class TakeCash(ConfirmPayment confirmation, IssueReceipt receipts)
{
    /// <returns>Whether the receipt was issued with the payment.</returns>
    public async Task<bool> TakeAsync(Request request, RequestActor treasurer, Rupiah received, string siteAddress, CancellationToken cancellationToken = default)
    {
        await confirmation.ReceiveCashAsync(request, treasurer, received, cancellationToken);
        if (!request.PermittedTriggers(treasurer).Contains(RequestTrigger.IssueReceipt))
        {
            return false;
        }

        await receipts.IssueAsync(request, treasurer, siteAddress, cancellationToken);
        return true;
    }
}
