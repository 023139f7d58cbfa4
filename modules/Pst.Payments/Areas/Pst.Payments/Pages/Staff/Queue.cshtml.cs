using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>The treasurer's list: requests waiting for payment, and paid requests waiting for their receipt.</summary>
[RequirePermission(PaymentPermissions.Manage)]
public sealed class QueueModel(PstDbContext db) : PageModel
{
    private static readonly RequestState[] Shown = [RequestState.AwaitingPayment, RequestState.PaymentSettled, RequestState.AgreementReceived];

    public IReadOnlyList<Request> Requests { get; private set; } = [];

    public async Task OnGetAsync() =>
        Requests = (await db.Set<Request>().AsNoTracking().Where(r => Shown.Contains(r.State)).ToListAsync(HttpContext.RequestAborted))
            .OrderBy(r => r.Timeline.LastOrDefault()?.At)
            .ToList();

    /// <summary>Whose move it is: the treasurer's (receipt) or the customer's (payment).</summary>
    public static string TaskOf(Request request) => request.State switch
    {
        RequestState.AwaitingPayment => "Issue the billing code, or confirm the payment",
        RequestState.PaymentSettled when request.NeedsAgreement => "Waiting for the signed agreement",
        _ => "Issue the receipt",
    };
}
