using Pst.Documents;
using Pst.Ordering.Offers;
using Pst.Ordering.Serving;
using UglyToad.PdfPig;

namespace Pst.Ordering.Tests.Offers;

/// <summary>The data-use agreement read back: in Indonesian, and with English and the way to sign from abroad for a customer there.</summary>
public sealed class AgreementDocumentTests
{
    private static readonly Letterhead Office = new("BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6 Semarang 50241", "Telp. 024-8412802 · jateng@bps.go.id");

    private static AgreementData Agreement(bool abroad, DocumentLanguage language) => new(
        "SPPD-2026-00007",
        new DateTimeOffset(2026, 12, 8, 3, 0, 0, TimeSpan.Zero),
        "PST-2026-00042",
        "Anna Müller-Łukasiewicz",
        "Universität Leipzig",
        "anna@example.de",
        [new DescribedLine(1, "Susenas Maret 2025 KOR Rumah Tangga", [new Pst.Core.Products.LineDetail("Wilayah", ["3374 Kota Semarang"])])],
        "BPS Provinsi Jawa Tengah",
        "https://pst.example/verifikasi/SPPD-2026-00007",
        Identity: "Paspor C01X00T47",
        Abroad: abroad,
        Language: language);

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void A_customer_abroad_gets_the_terms_in_both_languages_and_how_to_sign_from_there()
    {
        var text = Text(AgreementDocument.Compose(Agreement(abroad: true, DocumentLanguage.Bilingual), Office));

        foreach (var expected in new[]
        {
            "SURAT PERJANJIAN PENGGUNAAN DATA", "Data use agreement", "Pihak kedua", "Second party", "Paspor C01X00T47",
            "Data yang diberikan / Data provided", "Kesepakatan / Terms",
            "tidak menggandakan atau memberikan data tersebut", "does not copy the data or give it",
            "e-meterai", "electronic duty stamp", "pemeteraian kemudian", "Jl. Pahlawan No. 6 Semarang 50241",
            "Halaman 1 dari", "Page 1 of",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_customer_at_home_gets_the_Indonesian_agreement_without_the_instructions_for_abroad()
    {
        var text = Text(AgreementDocument.Compose(Agreement(abroad: false, DocumentLanguage.Indonesian), Office));

        Assert.Contains("tidak menggandakan atau memberikan data tersebut", text, StringComparison.Ordinal);
        Assert.Contains("Paspor C01X00T47", text, StringComparison.Ordinal);
        Assert.DoesNotContain("e-meterai", text, StringComparison.Ordinal);
        Assert.DoesNotContain("does not copy", text, StringComparison.Ordinal);
    }
}
