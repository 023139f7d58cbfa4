using Pst.Core.Calendar;
using Pst.Feedback.Complaints;
using Pst.Tests.Shared;

namespace Pst.Feedback.Tests.Complaints;

/// <summary>Time limits on the office's real 2026 calendar (read from the default recipe), expected days counted by hand.</summary>
public sealed class ComplaintTimeLimitsTests
{
    private static readonly WorkingDayCalendar Calendar = new(RecipeHolidays.All, collectiveLeaveIsClosed: true);
    private static readonly ComplaintSettings WorkingDays = new();
    private static readonly ComplaintSettings CalendarDays = new() { CountWorkingDays = false };

    [Fact]
    public void Across_Nyepi_and_the_Idulfitri_leave()
    {
        // Received Friday 13 March. Working days: Mon 16, Tue 17, then 18–24 are closed (Nyepi, Idulfitri and their
        // leave days, a weekend), Wed 25, Thu 26, Fri 27.
        var limits = ComplaintTimeLimits.For(new DateOnly(2026, 3, 13), ComplaintTier.Simple, WorkingDays, Calendar);

        Assert.Equal(new DateOnly(2026, 3, 25), limits.FirstResponseDue);
        Assert.Equal(new DateOnly(2026, 3, 27), limits.ResolutionDue);
        Assert.Equal(new DateOnly(2026, 3, 17), ComplaintTimeLimits.RemindOn(limits.FirstResponseDue, WorkingDays, Calendar));
    }

    [Fact]
    public void Received_on_a_Saturday_before_Independence_Day_and_across_Maulid()
    {
        // Saturday 15 August; Monday 17 is Independence Day: day 1 is Tuesday 18. Fourteen working days skip
        // Tuesday 25 August (Maulid Nabi) and end on Monday 7 September.
        var limits = ComplaintTimeLimits.For(new DateOnly(2026, 8, 15), ComplaintTier.NoFieldCheck, WorkingDays, Calendar);

        Assert.Equal(new DateOnly(2026, 8, 20), limits.FirstResponseDue);
        Assert.Equal(new DateOnly(2026, 9, 7), limits.ResolutionDue);
    }

    [Fact]
    public void Across_Christmas_in_working_days_and_in_calendar_days()
    {
        // Friday 18 December: Mon 21, Tue 22, Wed 23; Thursday 24 (leave) and Friday 25 (Christmas) closed; Mon 28, Tue 29.
        var working = ComplaintTimeLimits.For(new DateOnly(2026, 12, 18), ComplaintTier.Simple, WorkingDays, Calendar);
        Assert.Equal((new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 29)), (working.FirstResponseDue, working.ResolutionDue));

        // Counted as calendar days the same complaint is due three and five days later, holidays or not.
        var calendar = ComplaintTimeLimits.For(new DateOnly(2026, 12, 18), ComplaintTier.Simple, CalendarDays, Calendar);
        Assert.Equal((new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 23)), (calendar.FirstResponseDue, calendar.ResolutionDue));
        Assert.Equal(new DateOnly(2027, 2, 16), ComplaintTimeLimits.For(new DateOnly(2026, 12, 18), ComplaintTier.FieldCheck, CalendarDays, Calendar).ResolutionDue);
    }

    [Fact]
    public void When_collective_leave_is_worked_only_national_holidays_are_skipped()
    {
        var open = new WorkingDayCalendar(RecipeHolidays.All, collectiveLeaveIsClosed: false);

        // Friday 13 March: Mon 16, Tue 17, Wed 18 (leave, worked): the first response is due on the 18th.
        Assert.Equal(new DateOnly(2026, 3, 18), ComplaintTimeLimits.For(new DateOnly(2026, 3, 13), ComplaintTier.Simple, WorkingDays, open).FirstResponseDue);
    }

    [Fact]
    public void A_limit_is_met_on_its_day_and_missed_the_day_after()
    {
        var due = new DateOnly(2026, 3, 25);

        Assert.True(ComplaintTimeLimits.Met(due, due));
        Assert.False(ComplaintTimeLimits.Met(due, due.AddDays(1)));
        Assert.False(ComplaintTimeLimits.Met(due, null));
        Assert.False(ComplaintTimeLimits.Overdue(due, null, due));
        Assert.True(ComplaintTimeLimits.Overdue(due, null, due.AddDays(1)));
        Assert.False(ComplaintTimeLimits.Overdue(due, due.AddDays(-3), due.AddDays(30)));
    }

    [Theory]
    [InlineData(ComplaintTier.Simple, 5)]
    [InlineData(ComplaintTier.NoFieldCheck, 14)]
    [InlineData(ComplaintTier.FieldCheck, 60)]
    public void The_default_tiers_are_the_SP4N_LAPOR_norms(ComplaintTier tier, int days)
    {
        Assert.Equal(days, WorkingDays.DaysFor(tier));
        Assert.Equal(3, WorkingDays.FirstResponseDays);
    }
}
