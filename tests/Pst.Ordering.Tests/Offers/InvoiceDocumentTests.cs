using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Documents;
using Pst.Ordering.Offers;
using UglyToad.PdfPig;

namespace Pst.Ordering.Tests.Offers;

/// <summary>The invoice PDF read back: what the customer must see on it, in Indonesian.</summary>
public sealed class InvoiceDocumentTests
{
    private static readonly Letterhead Office = new("BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6 Semarang 50241", "Telp. 024-8412802 · jateng@bps.go.id");

    private static readonly PriceQuote Jtda = new("PP 13/2024",
    [
        new("I.A", "Penjualan publikasi elektronik, sampai dengan 50 halaman", 1, "per 50 halaman", new Rupiah(50_000), new Rupiah(50_000)),
        new("I.B", "Penjualan publikasi elektronik, tambahan per 50 halaman berikutnya", 2, "per 50 halaman", new Rupiah(15_000), new Rupiah(30_000)),
    ]);

    private static InvoiceData Invoice(bool zeroTariff = false, CustomerTaxNumber? taxNumber = null, DocumentLanguage? language = null, string? identity = null) => new(
        "INV-2026-00042",
        new DateTimeOffset(2026, 3, 17, 20, 0, 0, TimeSpan.Zero), // already 18 March in Semarang
        "PST-2026-00042",
        "Siti Rahayu",
        "Universitas Diponegoro",
        taxNumber,
        [new InvoiceLine("Provinsi Jawa Tengah Dalam Angka 2026 (PDF)", Jtda)],
        zeroTariff,
        "https://pst.example/verifikasi/INV-2026-00042",
        "Budi Santoso",
        identity,
        language);

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void The_invoice_names_the_customer_the_request_each_tariff_row_and_the_total()
    {
        var text = Text(InvoiceDocument.Compose(Invoice(), Office));

        foreach (var expected in new[]
        {
            "INVOICE", "INV-2026-00042", "18 Maret 2026", "PST-2026-00042", "Siti Rahayu, Universitas Diponegoro",
            "I.A", "I.B", "2 × per 50 halaman", "Rp15.000,00", "Rp30.000,00", "Total yang harus dibayar", "Rp80.000,00",
            "Tarif menurut PP 13/2024.", "tidak termasuk tarif", "https://pst.example/verifikasi/INV-2026-00042", "Budi Santoso", "Halaman 1 dari 1",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_business_is_invoiced_with_its_NPWP_at_home_or_its_own_number_abroad_and_a_person_with_neither()
    {
        var domestic = new Pst.Ordering.Requests.CustomerDetails("PT Maju", "pt@example.co.id", null, CustomerSegment.PrivateBusiness, Domicile.Indonesia, "0123456789012345");
        var abroad = domestic with { Name = "Müller-Łukasiewicz GmbH", Domicile = Domicile.Abroad, Npwp = null, TaxNumberAbroad = "DE 123 456 789" };

        Assert.Contains("NPWP 0123456789012345", Text(InvoiceDocument.Compose(Invoice(taxNumber: CustomerTaxNumber.Of(domestic)), Office)), StringComparison.Ordinal);
        Assert.Contains("Nomor pajak/registrasi DE 123 456 789", Text(InvoiceDocument.Compose(Invoice(taxNumber: CustomerTaxNumber.Of(abroad)), Office)), StringComparison.Ordinal);
        Assert.Null(CustomerTaxNumber.Of(abroad with { TaxNumberAbroad = null }));
        Assert.DoesNotContain("NPWP", Text(InvoiceDocument.Compose(Invoice(), Office)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_tariff_invoice_shows_the_rows_and_nothing_to_pay()
    {
        var text = Text(InvoiceDocument.Compose(Invoice(zeroTariff: true), Office));

        Assert.Contains("Tarif nol rupiah (disetujui)", text, StringComparison.Ordinal);
        Assert.Contains("Total yang harus dibayar Rp0,00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp80.000,00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_who_reads_English_gets_the_Indonesian_invoice_with_English_under_each_part()
    {
        var text = Text(InvoiceDocument.Compose(Invoice(language: DocumentLanguage.Bilingual, identity: "Paspor C01X00T47"), Office));

        foreach (var expected in new[]
        {
            "Nomor", "Number", "Tanggal", "Date", "18 Maret 2026 (18 March 2026)", "Kepada", "To", "Identitas", "Identity", "Paspor C01X00T47",
            "Uraian", "Description", "Tarif satuan", "Unit price", "Total yang harus dibayar", "Total due",
            "Tarif menurut PP 13/2024.", "Tariffs as set by PP 13/2024.", "Indonesian rupiah (IDR)",
            "Check that this invoice is genuine at https://pst.example/verifikasi/INV-2026-00042", "Halaman 1 dari 1 / Page 1 of 1",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var indonesian = Text(InvoiceDocument.Compose(Invoice(identity: "KTP 3374012345678901"), Office));
        Assert.Contains("KTP 3374012345678901", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Total due", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", indonesian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", Domicile.Indonesia, true)]
    [InlineData("id", Domicile.Abroad, true)]
    [InlineData("id", Domicile.Indonesia, false)]
    [InlineData(null, Domicile.Indonesia, false)]
    public void English_is_added_for_a_customer_who_reads_English_or_lives_abroad(string? language, Domicile domicile, bool english) =>
        Assert.Equal(english, DocumentLanguage.For(language, domicile).WithEnglish);

    [Fact]
    public void The_identity_is_printed_as_the_profile_gives_it_and_only_when_complete()
    {
        var customer = new Pst.Ordering.Requests.CustomerDetails("Anna Müller-Łukasiewicz", "anna@example.de", "Universität Leipzig", CustomerSegment.Researcher, Domicile.Abroad, null,
            IdentityType: Pst.Data.Accounts.IdentityDocumentType.Passport, IdentityNumber: "C01X00T47");
        Assert.Equal("Paspor C01X00T47", customer.Identity?.ToString());
        Assert.Null((customer with { IdentityNumber = " " }).Identity);
    }
}
