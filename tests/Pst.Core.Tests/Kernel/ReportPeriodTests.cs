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
}
