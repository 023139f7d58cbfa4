using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Messaging;
using Pst.Core.Security;
using Pst.Ordering.Abstractions;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>
/// The treasurer's list: requests waiting for payment, and paid requests waiting for their receipt. A supervisor
/// reads it too.
/// </summary>
[RequirePermission(PaymentPermissions.Manage, OrderingPermissions.Read)]
public sealed class QueueModel(IMessages messages) : PageModel
{
    private static readonly RequestState[] Shown = [RequestState.AwaitingPayment, RequestState.PaymentSettled, RequestState.AgreementReceived];

    public IReadOnlyList<RequestSummary> Requests { get; private set; } = [];

    public async Task OnGetAsync() =>
        Requests = (await messages.SendAsync(new ListRequests(Shown), HttpContext.RequestAborted))
            .OrderBy(r => r.LastMovedAt)
            .ToList();

    /// <summary>Whose move it is: the treasurer's (receipt) or the customer's (payment).</summary>
    public static string TaskOf(RequestSummary request) => request.State switch
    {
        RequestState.AwaitingPayment => "Issue the billing code, or confirm the payment",
        RequestState.PaymentSettled when request.NeedsAgreement => "Waiting for the signed agreement",
        _ => "Issue the receipt",
    };
}
