using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Calendar;
using Pst.Core.Settings;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Kiosk;

/// <summary>
/// The kiosk: a visitor touches a service (asking for priority service if they need it) and gets a queue ticket,
/// during the opening hours of a working day. Issuing is rate-limited per device.
/// </summary>
[EnableRateLimiting(WalkInModule.KioskRateLimit)]
[AllowAnonymous]
public sealed class IndexModel(
    PstDbContext db,
    IssueTicket tickets,
    ISiteSettings settings,
    WorkingDayCalendarSource calendars,
    TimeProvider clock,
    IStringLocalizer<WalkInModule> text) : PageModel
{
    public IReadOnlyList<WalkInService> Services { get; private set; } = [];

    public OpeningHours Hours { get; private set; } = new();

    public bool Open { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string service, bool priority)
    {
        await LoadAsync();
        if (!Open)
        {
            ModelState.AddModelError(string.Empty, text["The office is closed now. Numbers are given on working days, {0} WIB.", Hours.Span]);
            return Page();
        }

        return await tickets.IssueAsync(service, priority, HttpContext.RequestAborted) is { } ticket
            ? Redirect($"/antrian/tiket/{ticket.Id}")
            : NotFound();
    }

    private async Task LoadAsync()
    {
        Services = await db.Set<WalkInService>().AsNoTracking().Where(s => s.Active).OrderBy(s => s.Order).ToListAsync(HttpContext.RequestAborted);
        Hours = await OpeningHours.LoadAsync(settings, HttpContext.RequestAborted);
        Open = Hours.IsOpenAt(clock.GetUtcNow(), await calendars.LoadAsync(HttpContext.RequestAborted));
    }
}
