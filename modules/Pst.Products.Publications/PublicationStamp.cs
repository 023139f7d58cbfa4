using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pst.Products.Publications;

/// <summary>Stamps every page of a publication with who bought it and under which request, at the foot of the page.</summary>
internal static class PublicationStamp
{
    private const double FontSize = 7;
    private const double Margin = 14;

    public static string Text(string buyerName, string requestNumber) =>
        $"Untuk {buyerName} - Permintaan {requestNumber} - BPS Provinsi Jawa Tengah";

    public static byte[] Apply(byte[] pdf, string text)
    {
        using var source = PdfDocument.Open(pdf);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var printable = WinAnsi(text);
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            var page = builder.AddPage(source, number);
            page.AddText(printable, FontSize, new PdfPoint(Margin, Margin), font);
        }

        return builder.Build();
    }

    /// <summary>The standard Helvetica font has only Latin letters: others become '?' rather than breaking the file.</summary>
    private static string WinAnsi(string text)
    {
        var latin = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            latin.Append(c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' ? c : '?');
        }

        return latin.ToString();
    }
}
