using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Core.Security;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>
/// The supervisor's view of the 10-minute standard: today live (who waits now and for how long) and the report of
/// a day (counts, median and 90th percentile of waits and services, share within 10 minutes per counter), drawn as
/// a chart and exported as CSV.
/// </summary>
[RequirePermission(WalkInPermissions.Supervise)]
public sealed class ReportModel(PstDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Tanggal { get; set; }

    public QueueReport Report { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> CounterNames { get; private set; } = new Dictionary<string, string>();

    public bool IsToday { get; private set; }

    public int WaitingNow { get; private set; }

    public TimeSpan? LongestWaitNow { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Every measured wait of the day, one line per ticket, for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var csv = new StringBuilder("number,service,counter,issued,called,wait_from,wait_minutes,within_10_minutes,started,finished,state\n");
        foreach (var wait in Report.Waits)
        {
            var t = wait.Ticket;
            csv.AppendLine(string.Join(',',
                t.Number, t.ServiceCode, t.CounterCode, Time(t.IssuedAt), Time(t.CalledAt), Time(wait.From),
                wait.Duration.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture), wait.WithinStandard ? "yes" : "no",
                Time(t.StartedAt), Time(t.FinishedAt), t.State));
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"antrian-{Report.Day:yyyy-MM-dd}.csv");
    }

    private static string Time(DateTimeOffset? moment) => moment is { } m ? OfficeTime.Local(m).ToString("HH:mm:ss", CultureInfo.InvariantCulture) : "";

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var today = OfficeTime.DateOf(now);
        var day = Tanggal ?? today;
        IsToday = day == today;
        var tickets = await db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day == day).ToListAsync(HttpContext.RequestAborted);
        Report = QueueReport.Of(day, tickets);
        CounterNames = await db.Set<Counter>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name.ToString(), HttpContext.RequestAborted);
        var waiting = tickets.Where(t => t.State == TicketState.Waiting).ToList();
        WaitingNow = waiting.Count;
        LongestWaitNow = IsToday && waiting.Count > 0 ? now - waiting.Min(t => t.IssuedAt) : null;
    }
}
