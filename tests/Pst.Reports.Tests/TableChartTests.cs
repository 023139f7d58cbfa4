using System.Globalization;
using Pst.Core.Reports;

namespace Pst.Reports.Tests;

public sealed class TableChartTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.4, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(250, 500)]
    [InlineData(1_399_995, 2_000_000)]
    public void The_axis_ends_at_a_round_number_at_or_above_the_largest_bar(decimal largest, decimal top) =>
        Assert.Equal(top, TableChart.NiceCeiling(largest));

    [Fact]
    public void A_chart_shows_the_rows_not_the_total_and_a_share_up_to_100()
    {
        var chart = TableChart.Of(SampleReport.Waits, new CultureInfo("id-ID"))!;
        Assert.Equal(["Loket 1", "Loket 2"], chart.Bars.Select(b => b.Label));
        Assert.Equal([66.67m, 100m], chart.Bars.Select(b => b.Value));
        Assert.Equal("66,67%", chart.Bars[0].ValueText);
        Assert.Equal(100m, chart.Maximum);
        Assert.False(chart.Slanted);
    }

    [Fact]
    public void Tables_without_a_chart_column_or_rows_have_no_chart()
    {
        Assert.Null(TableChart.Of(SampleReport.Revenue, CultureInfo.InvariantCulture));
        Assert.Null(TableChart.Of(SampleReport.Empty with { ChartColumn = 1 }, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Long_labels_are_slanted_with_room_below_and_to_the_right()
    {
        var straight = new BarChart("c", "t", [new BarChart.Bar("Loket 1", 1m, "1")], 0m, 1m, []);
        var slanted = straight with { Bars = [new BarChart.Bar("Diperiksa pengguna layanan", 1m, "1")] };
        Assert.True(slanted.Slanted);
        Assert.True(slanted.Height > straight.Height);
        Assert.True(slanted.Width > straight.Width);
        // The plot keeps its height: the bar's top is as far above the axis.
        Assert.Equal(straight.Axis - straight.Y(1m), slanted.Axis - slanted.Y(1m), 6);
    }

    [Fact]
    public void A_row_of_the_wrong_length_is_refused_where_the_table_is_made()
    {
        var table = new ReportTable("t", "T", [new("A"), new("B", ReportValueKind.Count)], [["x"]]);
        Assert.Contains("'t'", Assert.Throws<InvalidOperationException>(() => table.Checked()).Message, StringComparison.Ordinal);
    }
}
