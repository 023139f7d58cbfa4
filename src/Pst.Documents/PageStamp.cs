using SkiaSharp;

namespace Pst.Documents;

/// <summary>
/// One line of text to lay over the pages of an existing PDF (a publication stamped with its buyer): a PDF of empty
/// pages of the given sizes, each with the line at its foot, drawn in the documents' fonts with their fallback per
/// character and only the glyphs used embedded. The caller lays page i over page i of the original.
/// </summary>
public static class PageStamp
{
    /// <param name="pages">Each page's width and height in points.</param>
    /// <param name="margin">The distance of the line's baseline from the left and the bottom edge, in points.</param>
    public static byte[] Compose(IReadOnlyList<(double Width, double Height)> pages, string text, float size, float margin)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Creator = "Pst.Cms", Producer = "Pst.Cms" }))
        {
            foreach (var (width, height) in pages)
            {
                var canvas = document.BeginPage((float)width, (float)height);
                PdfComposer.DrawText(canvas, text, margin, (float)height - margin, size);
                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }
}
