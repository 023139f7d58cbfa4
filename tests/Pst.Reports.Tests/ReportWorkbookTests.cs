using Pst.Reports.Exports;
using Pst.Tests.Shared;

namespace Pst.Reports.Tests;

public sealed class ReportWorkbookTests
{
    private static readonly IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)> Sheets =
        ReportFiles.ReadXlsx(ReportWorkbook.Write(SampleReport.Of(), "Ringkasan", [("Periode", "Desember 2026"), ("Dibuat pada", "31/12/2026 23.00 WIB")]));

    [Fact]
    public void The_workbook_has_a_summary_then_one_sheet_per_table()
    {
        Assert.Equal(["Ringkasan", "revenue-by-tariff-item", "walk-in-by-counter", "requests-overdue"], Sheets.Select(s => s.Name));
        var summary = Sheets[0].Rows;
        Assert.Equal(["Periode", "Desember 2026"], summary[0].Select(c => c.Text));
        Assert.Contains(summary, r => r.Count == 1 && r[0].Text == "Penerimaan PNBP");
        var revenue = summary.Single(r => r.Count == 2 && r[0].Text == "Penerimaan");
        Assert.True(revenue[1].IsNumber);
        Assert.Equal(1_399_995m, revenue[1].Number);
        Assert.Contains(summary, r => r.Count == 1 && r[0].Text == "Sebagian kuitansi tidak terinci.");
    }

    [Fact]
    public void Numbers_are_numeric_cells_and_the_totals_reconcile_with_the_rows()
    {
        var revenue = Sheets.Single(s => s.Name == "revenue-by-tariff-item").Rows;
        Assert.Equal(["Jenis tarif", "Uraian", "Jumlah"], revenue[0].Select(c => c.Text));
        Assert.Equal(["A2", "B2", "C2"], revenue[1].Select(c => c.Reference));
        Assert.All(revenue.Skip(1), r => Assert.True(r[2].IsNumber));
        Assert.Equal(revenue[^1][2].Number, revenue.Skip(1).SkipLast(1).Sum(r => r[2].Number));
        Assert.Equal("=SUM(A1)", revenue[3][0].Text); // a text cell, never a formula
        Assert.False(revenue[3][0].IsNumber);

        var waits = Sheets.Single(s => s.Name == "walk-in-by-counter").Rows;
        Assert.Equal(66.67m, waits[1][2].Number);
        Assert.Equal(7.5m, waits[1][3].Number);
        Assert.Equal("", waits[2][3].Text); // no median: an empty cell
        Assert.Equal(["Permintaan", "Hari kerja"], Sheets[^1].Rows.Single().Select(c => c.Text));
    }

    [Theory]
    [InlineData("revenue-by-tariff-item", "revenue-by-tariff-item")]
    [InlineData("a/b:c?d*e[f]g\\h", "a-b-c-d-e-f-g-h")]
    [InlineData("requests-by-product-type-and-channel-and-month", "requests-by-product-type-and-ch")]
    public void Sheet_names_are_what_excel_allows(string key, string name) => Assert.Equal(name, ReportWorkbook.SheetName(key));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_in_a_spreadsheet(int index, string name) => Assert.Equal(name, ReportWorkbook.ColumnName(index));

    [Fact]
    public void A_table_sheet_keeps_its_header_row_in_view_and_the_summary_does_not_freeze()
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Write(SampleReport.Of(), "Ringkasan", [])), false);
        var workbook = document.WorkbookPart!;
        DocumentFormat.OpenXml.Spreadsheet.Pane? PaneOf(string name) =>
            ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!))
                .Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().SingleOrDefault();

        var pane = PaneOf("revenue-by-tariff-item")!;
        Assert.Equal((1D, "A2", DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Null(pane.HorizontalSplit);
        Assert.Null(PaneOf("Ringkasan"));
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }
}
