using System.Text;
using Pst.Core.Reports;

namespace Pst.Reports.Exports;

/// <summary>
/// One report table as CSV (RFC 4180): a header of the column titles, the rows, then the total row. Numbers are
/// plain invariant digits so any program reads them; UTF-8 with a byte-order mark so a spreadsheet shows Indonesian
/// text right. A text that would start a formula (=, +, -, @) is prefixed with an apostrophe.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(ReportTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Columns.Select(c => (object?)c.Title));
        foreach (var row in table.Total is null ? table.Rows : table.Rows.Append(table.Total))
        {
            Line(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<object?> values)
    {
        csv.AppendJoin(',', values.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(object? value)
    {
        var text = ReportValues.Plain(value);
        if (value is string && text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
