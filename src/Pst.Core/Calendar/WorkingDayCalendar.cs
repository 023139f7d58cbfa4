namespace Pst.Core.Calendar;

/// <summary>
/// The office's working days: Monday to Friday, except national holidays and, when the office closes on them
/// (a setting), collective-leave days. Time limits of the service standard ("10 hari kerja") count on it.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _closed;

    public WorkingDayCalendar(IEnumerable<Holiday> holidays, bool collectiveLeaveIsClosed)
    {
        _closed = holidays
            .Where(h => h.Kind == HolidayKind.NationalHoliday || collectiveLeaveIsClosed)
            .Select(h => h.Date)
            .ToHashSet();
    }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closed.Contains(day);

    /// <summary>
    /// The day on which <paramref name="workingDays"/> working days have passed after <paramref name="start"/>:
    /// the start day itself never counts (what is completed on a day is served from the next working day on).
    /// A negative number counts back to the working day that many working days earlier.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var day = start;
        for (var counted = 0; counted < Math.Abs(workingDays);)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
