using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Kiosk;

/// <summary>The kiosk: a visitor touches a service and gets a queue ticket. Issuing is rate-limited per device.</summary>
[EnableRateLimiting(WalkInModule.KioskRateLimit)]
public sealed class IndexModel(PstDbContext db, IssueTicket tickets) : PageModel
{
    public IReadOnlyList<WalkInService> Services { get; private set; } = [];

    public async Task OnGetAsync() =>
        Services = await db.Set<WalkInService>().AsNoTracking().Where(s => s.Active).OrderBy(s => s.Order).ToListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string service) =>
        await tickets.IssueAsync(service, HttpContext.RequestAborted) is { } ticket
            ? Redirect($"/antrian/tiket/{ticket.Id}")
            : NotFound();
}
