using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>One row of the work queue: the request and its service clock today.</summary>
internal sealed record QueueRow(Request Request, ClockReading Clock)
{
    /// <summary>The 10-working-day clock is the online procedure's; a walk-in request is served during the visit.</summary>
    public bool Timed => !Request.AtDesk && Clock.Running;

    /// <summary>Overdue, due within 2 working days, on time, or not running.</summary>
    public string Urgency => !Timed ? "paused" : Clock.Remaining < 0 ? "overdue" : Clock.Remaining <= 2 ? "due-soon" : "on-time";

    /// <summary>What the due column says when no clock runs: served at the desk, done, closed, paused or not started.</summary>
    public string Untimed => Request.AtDesk ? "Served at the desk"
        : Request.State is RequestState.Delivered or RequestState.Completed or RequestState.Rated ? "Done"
        : Request.State == RequestState.Cancelled ? "Closed"
        : Clock.Started ? "Paused" : "Not started";
}

/// <summary>
/// The officers' work queue: every sent request, those the office must act on first, the most urgent at the top,
/// coloured by the working days left; filterable by state and by number or customer.
/// </summary>
[RequirePermission(OrderingPermissions.Serve, OrderingPermissions.Read)]
internal sealed class QueueModel(PstDbContext db, WorkingDayCalendarSource calendars, TimeProvider clock) : PageModel
{
    /// <summary>Query <c>status</c>: one state only.</summary>
    [BindProperty(SupportsGet = true)]
    public RequestState? Status { get; set; }

    /// <summary>Query <c>q</c>: words of the number, the customer's name or institution.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Set<Request>().AsNoTracking().Where(r => r.State != RequestState.Draft);
        if (Status is { } state)
        {
            query = query.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var words = Q.Trim();
            query = query.Where(r => r.Number!.Contains(words) || r.Customer!.Name.Contains(words) || (r.Customer!.Institution ?? "").Contains(words));
        }

        var calendar = await calendars.LoadAsync(HttpContext.RequestAborted);
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        Rows = (await query.OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(HttpContext.RequestAborted))
            .Select(r => new QueueRow(r, ServiceClock.Read(r.ClockHistory, calendar, today)))
            .OrderByDescending(r => r.Timed)
            .ThenBy(r => r.Clock.Remaining)
            .ThenBy(r => r.Request.CreatedAt)
            .ToList();
    }
}
