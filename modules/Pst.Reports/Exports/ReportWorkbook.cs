using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pst.Core.Reports;

namespace Pst.Reports.Exports;

/// <summary>
/// The whole report as an XLSX workbook: a first sheet with the period and every section's headline figures and
/// warnings, then one sheet per table named by its key (header, rows, a bold total row). Numbers are numeric cells
/// with a display format (rupiah without decimals, shares and indexes with two), so they can be summed. A table's
/// header row stays in view as the reader scrolls (frozen pane).
/// </summary>
public static class ReportWorkbook
{
    /// <summary>Style indexes of <see cref="Styles"/>.</summary>
    private enum Style : uint
    {
        Plain = 0,
        Bold = 1,
        Whole = 2,
        TwoDecimals = 3,
        OneDecimal = 4,
    }

    public static byte[] Write(ServiceReport report, string summaryName, IReadOnlyList<(string Label, string Value)> heading)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var summary = new List<IEnumerable<Cell>>();
            summary.AddRange(heading.Select(h => Cells([h.Label, h.Value], null)));
            foreach (var section in report.Sections)
            {
                summary.Add([]);
                summary.Add([TextCell(section.Title, Style.Bold)]);
                summary.AddRange(section.Facts.Select(f => (IEnumerable<Cell>)[TextCell(f.Label, Style.Plain), ValueCell(f.Value, f.Kind, Style.Plain)]));
                summary.AddRange(section.Warnings.Select(w => (IEnumerable<Cell>)[TextCell(w, Style.Plain)]));
            }

            AddSheet(workbook, sheets, SheetName(summaryName), summary, freezeHeader: false);
            foreach (var table in report.Sections.SelectMany(s => s.Tables))
            {
                var rows = new List<IEnumerable<Cell>> { table.Columns.Select(c => TextCell(c.Title, Style.Bold)) };
                rows.AddRange(table.Rows.Select(r => Cells(r, table.Columns)));
                if (table.Total is not null)
                {
                    rows.Add(Cells(table.Total, table.Columns, bold: true));
                }

                AddSheet(workbook, sheets, SheetName(table.Key), rows, freezeHeader: true);
            }

            workbook.Workbook.Save();
        }

        return output.ToArray();
    }

    /// <summary>Writes a sheet as a stream of rows (OpenXmlWriter), not as a tree: a year's tables hold tens of thousands of cells.</summary>
    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, IEnumerable<IEnumerable<Cell>> rows, bool freezeHeader)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            if (freezeHeader)
            {
                writer.WriteElement(FrozenHeader());
            }

            writer.WriteElement(new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true }, new Column { Min = 2, Max = 16, Width = 18, CustomWidth = true }));
            writer.WriteStartElement(new SheetData());
            uint number = 1;
            foreach (var cells in rows)
            {
                writer.WriteStartElement(new Row { RowIndex = number });
                var column = 0;
                foreach (var cell in cells)
                {
                    cell.CellReference = ColumnName(column++) + number.ToString(CultureInfo.InvariantCulture);
                    writer.WriteElement(cell);
                }

                writer.WriteEndElement();
                number++;
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    /// <summary>The first row frozen: the view splits below it and scrolls from A2.</summary>
    private static SheetViews FrozenHeader() =>
        new(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U });

    private static IEnumerable<Cell> Cells(IReadOnlyList<object?> values, IReadOnlyList<ReportColumn>? columns, bool bold = false) =>
        values.Select((value, i) => value is null
            ? new Cell()
            : ValueCell(value, columns?[i].Kind ?? ReportValueKind.Text, bold ? Style.Bold : Style.Plain));

    private static Cell ValueCell(object? value, ReportValueKind kind, Style textStyle) => value switch
    {
        null => new Cell(),
        _ when ReportValues.IsNumber(value) => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(ReportValues.Plain(value)),
            StyleIndex = (uint)(kind switch
            {
                ReportValueKind.Percent or ReportValueKind.Decimal => Style.TwoDecimals,
                ReportValueKind.Minutes => Style.OneDecimal,
                _ => Style.Whole,
            }),
        },
        _ => TextCell(ReportValues.Plain(value), textStyle),
    };

    private static Cell TextCell(string text, Style style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = (uint)style,
    };

    /// <summary>A sheet name as Excel allows it: at most 31 characters, none of : \ / ? * [ ].</summary>
    internal static string SheetName(string name)
    {
        var clean = new string(name.Select(c => ":\\/?*[]".Contains(c) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>A, B, … Z, AA, AB …</summary>
    internal static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 5 });
}
