using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pst.Products.Publications.Tests;

/// <summary>A small real PDF with a line of text on each page, to stand for a publication.</summary>
internal static class SamplePdf
{
    public static byte[] Pages(int count, string title = "Jawa Tengah Dalam Angka 2026")
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var page = 1; page <= count; page++)
        {
            builder.AddPage(PageSize.A4).AddText($"{title} halaman {page}", 12, new PdfPoint(60, 760), font);
        }

        return builder.Build();
    }
}
