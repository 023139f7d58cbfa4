using Pst.Core.Reports;

namespace Pst.Reports;

/// <summary>
/// The rows of a report table that one screen shows. A year's receipts run to thousands of rows: the screen shows them
/// a page at a time, while the CSV, the XLSX and the PDF keep every row, and the table's total stays the whole table's.
/// </summary>
/// <param name="Number">This page, from 1.</param>
/// <param name="Count">How many pages the table has (1 when it fits on one).</param>
/// <param name="FirstRow">The first row shown, counted from 1 (0 when the table is empty).</param>
/// <param name="LastRow">The last row shown, counted from 1.</param>
public sealed record ReportTablePage(IReadOnlyList<IReadOnlyList<object?>> Rows, int Number, int Count, int FirstRow, int LastRow, int TotalRows)
{
    public const int RowsPerPage = 50;

    public bool IsPaged => Count > 1;

    /// <summary>The query parameter that holds a table's page, so each table keeps its own page while another is turned.</summary>
    public static string QueryKey(ReportTable table) => "halaman-" + table.Key;

    /// <summary>
    /// The page asked for; a page past the last shows the last and one before the first shows the first, so an old link
    /// after the data changed still shows rows.
    /// </summary>
    public static ReportTablePage Of(ReportTable table, int requested)
    {
        var total = table.Rows.Count;
        var count = Math.Max(1, (total + RowsPerPage - 1) / RowsPerPage);
        var number = Math.Clamp(requested, 1, count);
        var skip = (number - 1) * RowsPerPage;
        var rows = total <= RowsPerPage ? table.Rows : table.Rows.Skip(skip).Take(RowsPerPage).ToList();
        return new ReportTablePage(rows, number, count, total == 0 ? 0 : skip + 1, skip + rows.Count, total);
    }
}
