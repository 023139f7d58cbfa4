using Pst.Core.Kernel;

namespace Pst.Core.Tests.Kernel;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(PeriodKind.Month, "2026-02-17", "2026-02", "2026-02-01", "2026-03-01")]
    [InlineData(PeriodKind.Quarter, "2026-05-31", "2026-Q2", "2026-04-01", "2026-07-01")]
    [InlineData(PeriodKind.Semester, "2026-07-01", "2026-S2", "2026-07-01", "2027-01-01")]
    [InlineData(PeriodKind.Year, "2026-12-31", "2026", "2026-01-01", "2027-01-01")]
    public void A_day_falls_in_one_period_of_each_kind(PeriodKind kind, string day, string key, string start, string end)
    {
        var period = ReportPeriod.Containing(kind, DateOnly.Parse(day));

        Assert.Equal(key, period.Key);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.True(ReportPeriod.TryParse(key, out var parsed));
        Assert.Equal(period, parsed);
    }

    [Fact]
    public void Moments_belong_to_the_period_of_their_day_in_WIB()
    {
        var march = ReportPeriod.Of(PeriodKind.Month, 2026, 3);

        // 31 March 17:30 UTC is 1 April 00:30 WIB.
        Assert.False(march.Contains(new DateTimeOffset(2026, 3, 31, 17, 30, 0, TimeSpan.Zero)));
        Assert.True(march.Contains(new DateTimeOffset(2026, 3, 31, 16, 59, 59, TimeSpan.Zero)));
        Assert.True(march.Contains(new DateTimeOffset(2026, 2, 28, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 17, 0, 0, TimeSpan.Zero), march.StartsAt);
    }

    [Fact]
    public void Trailing_periods_cross_the_year()
    {
        var periods = ReportPeriod.Of(PeriodKind.Quarter, 2026, 2).Trailing(4);

        Assert.Equal(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"], periods.Select(p => p.Key));
        Assert.Equal("2025-12", ReportPeriod.Of(PeriodKind.Month, 2026, 1).Previous.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-S3")]
    [InlineData("2026-Q")]
    [InlineData("1999")]
    [InlineData("2026-1")]
    [InlineData("20x6")]
    [InlineData("2026-03-01")]
    [InlineData("2026-Q1; DROP TABLE")]
    public void Anything_else_is_no_period(string? key)
    {
        Assert.False(ReportPeriod.TryParse(key, out _));
    }

    [Fact]
    public void A_range_of_days_holds_both_its_days_and_reads_back_from_its_key()
    {
        var range = ReportPeriod.Between(new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 10));

        Assert.Equal((PeriodKind.Range, "2026-03-05..2026-04-10"), (range.Kind, range.Key));
        Assert.Equal((new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 11), new DateOnly(2026, 4, 10)), (range.Start, range.End, range.LastDay));
        Assert.Equal(["2026-03", "2026-04"], range.Months.Select(m => m.Key));
        Assert.True(range.Contains(new DateTimeOffset(2026, 4, 10, 23, 59, 0, OfficeTime.Offset)));
        Assert.False(range.Contains(new DateTimeOffset(2026, 4, 11, 0, 0, 0, OfficeTime.Offset)));
        Assert.True(ReportPeriod.TryParse(range.Key, out var parsed));
        Assert.Equal(range, parsed);
        Assert.Equal("2026-01-27..2026-03-04", range.Previous.Key); // as many days (37) just before
    }

    [Theory]
    [InlineData("2026-03", null)]
    [InlineData("2026-03-05..2026-04-10", null)]
    [InlineData("2026-04-10..2026-03-05", PeriodProblem.FromAfterTo)]
    [InlineData("1999", PeriodProblem.BeforeRecords)]
    [InlineData("1999-12-01..2000-01-31", PeriodProblem.BeforeRecords)]
    [InlineData("2028-Q1", PeriodProblem.TooFarAhead)]
    [InlineData("2027-S2", null)]
    [InlineData("2020-01-01..2026-12-31", PeriodProblem.TooLong)]
    [InlineData("2026-13", PeriodProblem.NotAPeriod)]
    [InlineData("2026-02-30..2026-03-01", PeriodProblem.NotAPeriod)]
    [InlineData("bulan-ini", PeriodProblem.NotAPeriod)]
    public void A_period_asked_for_is_read_or_refused_with_its_reason(string key, PeriodProblem? expected)
    {
        Assert.Equal(expected, ReportPeriod.Read(key, new DateOnly(2026, 12, 7), out _));
    }
}
