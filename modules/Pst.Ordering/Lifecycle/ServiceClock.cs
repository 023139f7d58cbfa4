using Pst.Core.Calendar;
using Pst.Core.Kernel;

namespace Pst.Ordering.Lifecycle;

/// <summary>What the service clock shows for a request on a day.</summary>
/// <param name="Started">Requirements are complete, so the clock has started.</param>
/// <param name="Running">The office is the one to act now; false while waiting on the customer and once delivered.</param>
/// <param name="Elapsed">Working days the office has used so far.</param>
/// <param name="Remaining">Working days left (negative when overdue).</param>
/// <param name="DueDate">
/// The day the request is (or was) due while the clock runs; null while it does not run. It follows from the steps
/// alone, never from the day it is read, so a page read on a Saturday shows the same date as on the Friday.
/// </param>
internal sealed record ClockReading(bool Started, bool Running, int Elapsed, int Remaining, DateOnly? DueDate)
{
    public bool Overdue => Started && Remaining < 0;
}

/// <summary>
/// The standard's time limit for online requests: served within 10 working days after the request and its
/// requirements are complete. Only the working days in which the office is the one to act count
/// (<see cref="RequestLifecycle.OfficeActs"/>); a day on which the clock starts or resumes does not count,
/// just as a due date is counted from the next working day.
/// </summary>
internal static class ServiceClock
{
    public const int OnlineWorkingDays = 10;

    public static ClockReading Read(ClockHistory history, WorkingDayCalendar calendar, DateOnly today, int limit = OnlineWorkingDays)
    {
        var start = history.Timeline.FirstOrDefault(t => t.To == RequestState.RequirementsComplete);
        if (start is null)
        {
            return new ClockReading(false, false, 0, limit, null);
        }

        // The steps and the checks' openings and closings in the order they happened (a step before a check at the same moment).
        var steps = history.Timeline.SkipWhile(t => t != start).Select(t => (t.At, State: (RequestState?)t.To, Check: (OfficeCheckSubject?)null, Open: false));
        var checks = history.Checks.SelectMany(c => c.ClosedAt is { } closed
            ? new[] { (At: c.OpenedAt, State: (RequestState?)null, Check: (OfficeCheckSubject?)c.Subject, Open: true), (At: closed, State: null, Check: c.Subject, Open: false) }
            : [(c.OpenedAt, null, c.Subject, true)]);
        var state = start.To;
        var open = new Dictionary<OfficeCheckSubject, int>();
        bool Runs(RequestState s) => RequestLifecycle.OfficeActs(s, history.NeedsAgreement, subject => open.GetValueOrDefault(subject) > 0);

        var elapsed = 0;
        DateOnly? runningSince = null;
        foreach (var change in steps.Concat(checks).OrderBy(c => c.At))
        {
            if (change.State is { } to)
            {
                state = to;
            }
            else
            {
                open[change.Check!.Value] = open.GetValueOrDefault(change.Check!.Value) + (change.Open ? 1 : -1);
            }

            if (change.At < start.At)
            {
                continue; // a check opened before the clock started only matters once it has
            }

            var day = OfficeTime.DateOf(change.At);
            if (runningSince is { } since && !Runs(state))
            {
                elapsed += Math.Max(0, calendar.WorkingDaysBetween(since, day));
                runningSince = null;
            }
            else if (runningSince is null && Runs(state))
            {
                runningSince = day;
            }
        }

        var running = runningSince is not null && Runs(history.Current);
        DateOnly? due = null;
        if (running)
        {
            // What is left when the clock last started, counted from that day.
            due = calendar.AddWorkingDays(runningSince!.Value, limit - elapsed);
            elapsed += Math.Max(0, calendar.WorkingDaysBetween(runningSince.Value, today));
        }

        return new ClockReading(true, running, elapsed, limit - elapsed, due);
    }

    /// <summary>The clock as it stood at the first delivery (the moment it stopped for good); null before any delivery.</summary>
    public static (DateTimeOffset At, ClockReading Reading)? AtFirstDelivery(ClockHistory history, WorkingDayCalendar calendar)
    {
        var index = history.Timeline.ToList().FindIndex(t => t.To == RequestState.Delivered);
        if (index < 0)
        {
            return null;
        }

        var delivered = history.Timeline[index];
        return (delivered.At, Read(history.UpToStep(index + 1), calendar, OfficeTime.DateOf(delivered.At)));
    }
}
