using Pst.Core.Reports;

namespace Pst.Reports.Tests;

public sealed class ReportTablePageTests
{
    private static readonly ReportTable Receipts = new(
        "receipts",
        "Kuitansi",
        [new("Kuitansi"), new("Jumlah", ReportValueKind.Rupiah)],
        Enumerable.Range(1, 120).Select(i => (IReadOnlyList<object?>)[$"KW-{i:D3}", 1000L * i]).ToList(),
        ["Jumlah", 7_260_000L]);

    [Fact]
    public void A_long_table_is_shown_fifty_rows_at_a_time()
    {
        var first = ReportTablePage.Of(Receipts, 1);
        Assert.True(first.IsPaged);
        Assert.Equal((1, 3, 1, 50, 120), (first.Number, first.Count, first.FirstRow, first.LastRow, first.TotalRows));
        Assert.Equal("KW-001", first.Rows[0][0]);
        Assert.Equal("KW-050", first.Rows[^1][0]);

        var last = ReportTablePage.Of(Receipts, 3);
        Assert.Equal((3, 101, 120), (last.Number, last.FirstRow, last.LastRow));
        Assert.Equal(Enumerable.Range(101, 20).Select(i => $"KW-{i:D3}"), last.Rows.Select(r => (string)r[0]!));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-4, 1)]
    [InlineData(4, 3)]
    [InlineData(999, 3)]
    public void A_page_outside_the_table_shows_the_nearest_page(int requested, int shown) =>
        Assert.Equal(shown, ReportTablePage.Of(Receipts, requested).Number);

    [Fact]
    public void A_table_that_fits_on_one_page_is_not_paged()
    {
        var page = ReportTablePage.Of(Receipts with { Rows = Receipts.Rows.Take(50).ToList() }, 2);
        Assert.False(page.IsPaged);
        Assert.Equal((1, 1, 1, 50), (page.Number, page.Count, page.FirstRow, page.LastRow));

        var empty = ReportTablePage.Of(Receipts with { Rows = [] }, 1);
        Assert.Equal((1, 0, 0, 0), (empty.Count, empty.FirstRow, empty.LastRow, empty.TotalRows));
    }
}
