using System.Globalization;
using Pst.Core.Reports;
using Pst.Documents;

namespace Pst.Reports.Exports;

/// <summary>The texts the printed report needs besides the sections' own, in the reader's language.</summary>
/// <param name="Verification">Where the printed report is verified, with the sentence under its QR code; none for a draft.</param>
public sealed record ReportPdfTexts(string Title, IReadOnlyList<(string Label, string Value)> Heading, string Empty, Func<int, int, string> PageLabel, (string Url, string Caption)? Verification = null);

/// <summary>
/// The report printed on the office's letterhead: the period and when it was made, then each section with its
/// headline figures, warnings and tables (number columns right-aligned, the total row in bold), and at the end the
/// QR code of its verification page, as every document the office issues.
/// </summary>
public static class ReportPdf
{
    public static byte[] Write(ServiceReport report, ReportPdfTexts texts, Letterhead letterhead, CultureInfo culture)
    {
        var blocks = new List<DocumentBlock> { new Facts(texts.Heading) };
        foreach (var section in report.Sections)
        {
            blocks.Add(new Heading(section.Title));
            blocks.Add(new Facts(section.Facts.Select(f => (f.Label, ReportValues.Display(f.Value, f.Kind, culture))).ToList()));
            blocks.AddRange(section.Warnings.Select(w => new Paragraph(w)));
            foreach (var table in section.Tables)
            {
                blocks.Add(new Paragraph(table.Title));
                if (table.Rows.Count == 0)
                {
                    blocks.Add(new Paragraph(texts.Empty));
                    continue;
                }

                blocks.Add(new Table(
                    table.Columns.Select((c, i) => new TableColumn(c.Title, i == 0 ? 3f : c.Kind == ReportValueKind.Text ? 2.5f : 1.6f, c.Kind != ReportValueKind.Text)).ToList(),
                    table.Rows.Select(r => Texts(r, table, culture)).ToList(),
                    table.Total is null ? [] : [Texts(table.Total, table, culture)]));
            }
        }

        if (texts.Verification is var (url, caption))
        {
            blocks.Add(new QrCode(url, caption));
        }

        return PdfComposer.Compose(new DocumentSpec(texts.Title, letterhead, blocks, texts.PageLabel, $"{texts.Title} · {report.PeriodName}"));
    }

    private static IReadOnlyList<string> Texts(IReadOnlyList<object?> row, ReportTable table, CultureInfo culture) =>
        row.Select((value, i) => value is null && i > 0 ? "" : ReportValues.Display(value, table.Columns[i].Kind, culture)).ToList();
}
