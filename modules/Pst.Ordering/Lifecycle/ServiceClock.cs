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
/// requirements are complete. Only the working days spent in states where the office acts count
/// (<see cref="RequestLifecycle.ClockRunsIn"/>); a day on which the clock starts or resumes does not count,
/// just as a due date is counted from the next working day.
/// </summary>
internal static class ServiceClock
{
    public const int OnlineWorkingDays = 10;

    public static ClockReading Read(IReadOnlyList<IClockStep> timeline, RequestState current, WorkingDayCalendar calendar, DateOnly today, int limit = OnlineWorkingDays)
    {
        var start = timeline.FirstOrDefault(t => t.To == RequestState.RequirementsComplete);
        if (start is null)
        {
            return new ClockReading(false, false, 0, limit, null);
        }

        var elapsed = 0;
        DateOnly? runningSince = null;
        foreach (var transition in timeline.SkipWhile(t => t != start))
        {
            var day = OfficeTime.DateOf(transition.At);
            if (runningSince is { } since && !RequestLifecycle.ClockRunsIn(transition.To))
            {
                elapsed += Math.Max(0, calendar.WorkingDaysBetween(since, day));
                runningSince = null;
            }
            else if (runningSince is null && RequestLifecycle.ClockRunsIn(transition.To))
            {
                runningSince = day;
            }
        }

        var running = runningSince is not null && RequestLifecycle.ClockRunsIn(current);
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
    public static (DateTimeOffset At, ClockReading Reading)? AtFirstDelivery(IReadOnlyList<IClockStep> timeline, WorkingDayCalendar calendar)
    {
        var index = timeline.ToList().FindIndex(t => t.To == RequestState.Delivered);
        if (index < 0)
        {
            return null;
        }

        var delivered = timeline[index];
        return (delivered.At, Read(timeline.Take(index + 1).ToList(), RequestState.Delivered, calendar, OfficeTime.DateOf(delivered.At)));
    }
}
