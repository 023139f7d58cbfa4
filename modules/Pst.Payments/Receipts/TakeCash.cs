using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Payments.Settling;

namespace Pst.Payments.Receipts;

/// <summary>
/// The treasurer takes a walk-in visitor's cash and gives the receipt at once (steps 14a and 16 of the walk-in
/// procedure), unless a signed data-use agreement must be handed over first: then the receipt follows it. It lives
/// with the receipts: settling knows nothing of receipts, a receipt follows a settled payment.
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
