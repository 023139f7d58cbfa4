using SkiaSharp;

namespace Pst.Documents;

/// <summary>A line of a slip: text at a size, bold or not; slips centre every line, as receipt printers do.</summary>
public sealed record SlipLine(string Text, float Size = 9, bool Bold = false);

/// <summary>A narrow slip for an 80 mm receipt printer: lines from the top, then a QR code with a caption.</summary>
public sealed record SlipSpec(string Title, IReadOnlyList<SlipLine> Lines, string? QrPayload = null, string? QrCaption = null);

/// <summary>
/// Composes an 80 mm wide PDF (a queue ticket) in the same fonts as the office's documents; the page is as long as
/// its content, as a receipt printer cuts it.
/// </summary>
public static class SlipComposer
{
    /// <summary>80 mm in PDF points.</summary>
    public const float Width = 80 / 25.4f * 72;

    private const float Margin = 10;
    private const float QrSize = 110;

    public static byte[] Compose(SlipSpec spec)
    {
        var height = Margin + spec.Lines.Sum(l => l.Size * 1.5f) + (spec.QrPayload is null ? 0 : QrSize + 30) + Margin;
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = spec.Title, Creator = "Pst.Cms", Producer = "Pst.Cms" }))
        {
            var canvas = document.BeginPage(Width, height);
            var y = Margin;
            foreach (var line in spec.Lines)
            {
                y += line.Size * 1.5f;
                var x = Math.Max(Margin, (Width - PdfComposer.Measure(line.Text, line.Size, line.Bold)) / 2);
                PdfComposer.DrawText(canvas, line.Text, x, y - line.Size * 0.35f, line.Size, line.Bold);
            }

            if (spec.QrPayload is { } payload)
            {
                PdfComposer.DrawQr(canvas, payload, (Width - QrSize) / 2, y + 6, QrSize);
                if (spec.QrCaption is { } caption)
                {
                    PdfComposer.DrawText(canvas, caption, Math.Max(Margin, (Width - PdfComposer.Measure(caption, 7, false)) / 2), y + QrSize + 20, 7);
                }
            }

            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }
}
