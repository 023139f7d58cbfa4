using Pst.Core.Calendar;

namespace Pst.Core.Tests.Calendar;

/// <summary>The calendar on the office's real 2026 list (read from the site's default recipe), expected dates counted by hand.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly IReadOnlyList<Holiday> Holidays2026 = Pst.Tests.Shared.RecipeHolidays.All;

    private static WorkingDayCalendar Calendar(bool collectiveLeaveIsClosed = true) => new(Holidays2026, collectiveLeaveIsClosed);

    [Fact]
    public void The_default_recipe_carries_the_25_days_of_the_2026_joint_decree()
    {
        Assert.Equal(25, Holidays2026.Count);
        Assert.Equal(17, Holidays2026.Count(h => h.Kind == HolidayKind.NationalHoliday));
        Assert.Equal(8, Holidays2026.Count(h => h.Kind == HolidayKind.CollectiveLeave));
    }

    [Fact]
    public void Complete_on_17_March_2026_is_due_on_8_April_across_Nyepi_Idulfitri_and_Good_Friday()
    {
        // 18 Mar cuti, 19 Nyepi, 20 cuti, 21–22 weekend, 23–24 cuti; then 25, 26, 27, 30, 31 Mar, 1, 2 Apr,
        // 3 Apr Good Friday, 6, 7, 8 Apr: the tenth working day is Wednesday 8 April.
        Assert.Equal(new DateOnly(2026, 4, 8), Calendar().AddWorkingDays(new DateOnly(2026, 3, 17), 10));
    }

    [Fact]
    public void When_the_office_opens_on_collective_leave_the_same_request_is_due_on_1_April()
    {
        // 18, 20, 23, 24, 25, 26, 27, 30, 31 Mar and 1 Apr (19 Mar Nyepi stays closed).
        Assert.Equal(new DateOnly(2026, 4, 1), Calendar(collectiveLeaveIsClosed: false).AddWorkingDays(new DateOnly(2026, 3, 17), 10));
    }

    [Theory]
    [InlineData("2026-03-17", true)]
    [InlineData("2026-03-19", false)] // Nyepi, national holiday
    [InlineData("2026-03-23", false)] // cuti bersama Idulfitri
    [InlineData("2026-03-28", false)] // Saturday
    [InlineData("2026-08-18", true)]
    public void Knows_which_days_are_working_days(string day, bool working) =>
        Assert.Equal(working, Calendar().IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Counts_working_days_between_two_dates_both_ways()
    {
        var calendar = Calendar();
        Assert.Equal(10, calendar.WorkingDaysBetween(new DateOnly(2026, 3, 17), new DateOnly(2026, 4, 8)));
        Assert.Equal(-10, calendar.WorkingDaysBetween(new DateOnly(2026, 4, 8), new DateOnly(2026, 3, 17)));
        Assert.Equal(0, calendar.WorkingDaysBetween(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 24)));
    }

    [Fact]
    public void Counting_back_lands_on_the_working_day_that_many_working_days_earlier()
    {
        // Back from Wednesday 25 March: 18–24 March are closed, so one working day back is Tuesday 17, two is Monday 16.
        Assert.Equal(new DateOnly(2026, 3, 16), Calendar().AddWorkingDays(new DateOnly(2026, 3, 25), -2));
        Assert.Equal(new DateOnly(2026, 3, 17), Calendar().AddWorkingDays(new DateOnly(2026, 4, 8), -10));
    }

    [Fact]
    public void Completed_on_a_closed_day_counts_from_the_next_working_day()
    {
        // Completed on Saturday 15 Aug; Monday 17 Aug is Independence Day: day 1 is Tuesday 18 Aug.
        Assert.Equal(new DateOnly(2026, 8, 18), Calendar().AddWorkingDays(new DateOnly(2026, 8, 15), 1));
    }
}
