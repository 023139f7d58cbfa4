using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Feedback;
using Pst.Core.Security;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Visits;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>From the officer's request page to the satisfaction survey of the visit the request was made on, for the desk tablet.</summary>
[RequirePermission(OrderingPermissions.Serve)]
public sealed class SurveyTabletModel(DeskVisits visits) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid requestId) =>
        await visits.EntryOfRequestAsync(requestId, HttpContext.RequestAborted) is { TicketId: { } ticket }
            ? Redirect(SurveySubjectKinds.AddressOf(SurveySubjectKinds.Ticket, ticket))
            : NotFound();
}
