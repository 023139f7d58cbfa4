using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pst.Tests.Shared;

/// <summary>A cell read back from a workbook: its text as stored, and whether it is a numeric cell.</summary>
internal sealed record SheetCell(string Reference, string Text, bool IsNumber)
{
    public decimal Number => decimal.Parse(Text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Reads the report's exports back the way another program would: CSV by RFC 4180, XLSX with the Open XML SDK.</summary>
internal static class ReportFiles
{
    public static IReadOnlyList<IReadOnlyList<string>> ReadCsv(byte[] bytes)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        Assert.True(bytes.AsSpan().StartsWith(preamble), "The CSV starts with the UTF-8 byte-order mark.");
        var text = Encoding.UTF8.GetString(bytes, preamble.Length, bytes.Length - preamble.Length);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "Every quoted CSV field is closed.");
        Assert.True(field.Length == 0 && row.Count == 0, "The CSV ends with a line break.");
        return rows;
    }

    /// <summary>Every sheet by name, in workbook order, as rows of cells.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = new List<(string, IReadOnlyList<IReadOnlyList<SheetCell>>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => (IReadOnlyList<SheetCell>)r.Elements<Cell>().Select(Read).ToList()).ToList();
            sheets.Add((sheet.Name!, rows));
        }

        return sheets;
    }

    private static SheetCell Read(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString
            ? new SheetCell(cell.CellReference!, cell.InlineString!.InnerText, false)
            : new SheetCell(cell.CellReference!, cell.CellValue?.Text ?? "", cell.CellValue is not null && (cell.DataType is null || cell.DataType.Value == CellValues.Number));
}
