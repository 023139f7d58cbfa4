using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Staff.Complaints;

/// <summary>Complaints to handle: open ones first, each with its limits and whether one has passed; then the latest closed.</summary>
[RequirePermission(FeedbackPermissions.HandleComplaints)]
public sealed class IndexModel(PstDbContext db, ISiteSettings settings, WorkingDayCalendarSource calendars, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Complaint Complaint, ComplaintDeadlines Deadlines)> Open { get; private set; } = [];

    public IReadOnlyList<Complaint> Closed { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        var limits = await ComplaintSettings.LoadAsync(settings, HttpContext.RequestAborted);
        var calendar = await calendars.LoadAsync(HttpContext.RequestAborted);
        Today = OfficeTime.DateOf(clock.GetUtcNow());
        var open = await db.Set<Complaint>().AsNoTracking().Where(c => c.State != ComplaintState.Closed).OrderBy(c => c.ReceivedAt).ToListAsync(HttpContext.RequestAborted);
        Open = open.Select(c => (c, ComplaintTimeLimits.For(OfficeTime.DateOf(c.ReceivedAt), c.Tier, limits, calendar))).ToList();
        Closed = await db.Set<Complaint>().AsNoTracking().Where(c => c.State == ComplaintState.Closed).OrderByDescending(c => c.ClosedAt).Take(50).ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>The limit that runs now: the first response until given, then closing.</summary>
    public static (string Key, DateOnly Due) Running(Complaint complaint, ComplaintDeadlines deadlines) =>
        complaint.FirstRespondedAt is null ? ("First response", deadlines.FirstResponseDue) : ("Settled", deadlines.ResolutionDue);
}
