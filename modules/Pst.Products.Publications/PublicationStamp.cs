using Pst.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Pst.Products.Publications;

/// <summary>
/// Stamps every page of a publication with who bought it and under which request, at the foot of the page. The line
/// is drawn by <see cref="PageStamp"/> in the documents' fonts, so every name prints as written ("Łukasiewicz",
/// "Müller", "王小明"), and laid over each page of the original.
/// </summary>
internal static class PublicationStamp
{
    private const float FontSize = 7;
    private const float Margin = 14;

    public static string Text(string buyerName, string requestNumber) =>
        $"Untuk {buyerName} - Permintaan {requestNumber} - BPS Provinsi Jawa Tengah";

    public static byte[] Apply(byte[] pdf, string text)
    {
        using var source = PdfDocument.Open(pdf);
        var sizes = Enumerable.Range(1, source.NumberOfPages).Select(n => source.GetPage(n)).Select(p => (p.Width, p.Height)).ToList();
        using var stamps = PdfDocument.Open(PageStamp.Compose(sizes, text, FontSize, Margin));
        var builder = new PdfDocumentBuilder();
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            builder.AddPage(source, number).CopyFrom(stamps.GetPage(number));
        }

        return builder.Build();
    }
}
