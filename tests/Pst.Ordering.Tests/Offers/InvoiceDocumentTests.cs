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

    private static InvoiceData Invoice(bool zeroTariff = false) => new(
        "INV-2026-00042",
        new DateTimeOffset(2026, 3, 17, 20, 0, 0, TimeSpan.Zero), // already 18 March in Semarang
        "PST-2026-00042",
        "Siti Rahayu",
        "Universitas Diponegoro",
        [new InvoiceLine("Provinsi Jawa Tengah Dalam Angka 2026 (PDF)", Jtda)],
        zeroTariff,
        "https://pst.example/verifikasi/INV-2026-00042",
        "Budi Santoso");

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
    public void A_zero_tariff_invoice_shows_the_rows_and_nothing_to_pay()
    {
        var text = Text(InvoiceDocument.Compose(Invoice(zeroTariff: true), Office));

        Assert.Contains("Tarif nol rupiah (disetujui)", text, StringComparison.Ordinal);
        Assert.Contains("Total yang harus dibayar Rp0,00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp80.000,00", text, StringComparison.Ordinal);
    }
}
