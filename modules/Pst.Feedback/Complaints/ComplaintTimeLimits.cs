using Pst.Core.Calendar;

namespace Pst.Feedback.Complaints;

/// <summary>The two limits of a complaint: the day by which the complainant has a first answer, and the day by which it is closed.</summary>
public sealed record ComplaintDeadlines(DateOnly FirstResponseDue, DateOnly ResolutionDue);

/// <summary>
/// A complaint's time limits from the day it was received (WIB) and its tier, in working days (the day of receipt
/// never counts; a complaint received on a Saturday or a holiday is counted from the next working day) or in
/// calendar days, as the setting says. A limit is met when the step is taken on or before its day.
/// </summary>
public static class ComplaintTimeLimits
{
    public static ComplaintDeadlines For(DateOnly received, ComplaintTier tier, ComplaintSettings settings, WorkingDayCalendar calendar) =>
        new(Add(received, settings.FirstResponseDays, settings, calendar), Add(received, settings.DaysFor(tier), settings, calendar));

    /// <summary>The day a reminder is due before <paramref name="due"/>: <see cref="ComplaintSettings.RemindDaysBefore"/> days earlier, counted the same way.</summary>
    public static DateOnly RemindOn(DateOnly due, ComplaintSettings settings, WorkingDayCalendar calendar) =>
        Add(due, -settings.RemindDaysBefore, settings, calendar);

    public static bool Met(DateOnly due, DateOnly? done) => done is { } day && day <= due;

    public static bool Overdue(DateOnly due, DateOnly? done, DateOnly today) => done is null ? today > due : done > due;

    private static DateOnly Add(DateOnly day, int days, ComplaintSettings settings, WorkingDayCalendar calendar) =>
        settings.CountWorkingDays ? calendar.AddWorkingDays(day, days) : day.AddDays(days);
}
