using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Security;
using Pst.Ordering;
using Pst.WalkIn.Desks;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>From the officer's request page to the rating tablet of the visit the request was made on.</summary>
[RequirePermission(OrderingPermissions.Serve)]
public sealed class RatingTabletModel(DeskVisits visits) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid requestId) =>
        await visits.EntryOfRequestAsync(requestId, HttpContext.RequestAborted) is { TicketId: { } ticket }
            ? Redirect($"/antrian/tiket/{ticket}/nilai")
            : NotFound();
}
