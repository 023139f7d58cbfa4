using Pst.Core.Kernel;
using Pst.Documents;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using UglyToad.PdfPig;

namespace Pst.Payments.Tests;

/// <summary>The billing slip and the receipt read back: what the customer must see on them, in Indonesian.</summary>
public sealed class PaymentDocumentsTests
{
    private static readonly Letterhead Office = new("PELAYANAN STATISTIK TERPADU BPS PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6 Semarang 50241", "Telp. 024-8412802 · jateng@bps.go.id");
    private static readonly DateTimeOffset Issued = new(2026, 11, 24, 3, 30, 0, TimeSpan.Zero);

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void The_billing_slip_shows_the_code_the_amount_and_until_when_it_can_be_paid_in_WIB()
    {
        var text = Text(BillingSlipDocument.Compose(
            new BillingSlipData("820261124000123", Issued, Issued.AddDays(7), new Rupiah(80_000), "PST-2026-00001", "Rina Kartika", "https://pst.example/verifikasi/820261124000123"),
            Office));

        foreach (var expected in new[] { "KODE BILLING PNBP", "82026 11240 00123", "Rp80.000,00", "1 Desember 2026 pukul 10.30 WIB", "PST-2026-00001", "Rina Kartika", "NTPN", "https://pst.example/verifikasi/820261124000123", "Halaman 1 dari 1" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_receipt_names_the_payer_the_amount_the_request_the_payment_and_the_treasurer()
    {
        var text = Text(ReceiptDocument.Compose(
            new ReceiptData("KW-2026-00001", Issued, "Rina Kartika", "CV Data Jaya", new Rupiah(80_000), "PST-2026-00001", ["Provinsi Jawa Tengah Dalam Angka 2026"],
                "Kode billing 82026 11240 00123, NTPN A1B2C3D4E5F6G7H8, Bank Jateng, 24 November 2026", "https://pst.example/verifikasi/KW-2026-00001", "Sri Wahyuni"),
            Office));

        foreach (var expected in new[] { "KUITANSI", "KW-2026-00001", "24 November 2026", "Rina Kartika, CV Data Jaya", "Rp80.000,00", "PST-2026-00001", "Dalam Angka 2026", "A1B2C3D4E5F6G7H8", "Bendahara Penerimaan", "Sri Wahyuni", "https://pst.example/verifikasi/KW-2026-00001" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_customer_who_reads_English_gets_the_receipt_with_English_under_each_part()
    {
        var data = new ReceiptData("KW-2026-00002", Issued, "Anna Müller-Łukasiewicz", "Universität Leipzig", new Rupiah(80_000), "PST-2026-00002", ["Susenas Maret 2025 KOR"],
            "Transfer bank dari luar negeri, referensi DEUT-2026-118", "https://pst.example/verifikasi/KW-2026-00002", "Sri Wahyuni", Replaces: "KW-2026-00001", Language: DocumentLanguage.Bilingual);
        var text = Text(ReceiptDocument.Compose(data, Office));

        foreach (var expected in new[]
        {
            "KUITANSI", "Receipt", "Telah terima dari", "Received from", "Anna Müller-Łukasiewicz, Universität Leipzig", "The sum of", "Rp80.000,00",
            "24 November 2026 (24 November 2026)", "non-tax state revenue (PNBP)", "Revenue treasurer", "(receipt KW-2026-00001,", "Page 1 of 1",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Received from", Text(ReceiptDocument.Compose(data with { Language = null }, Office)), StringComparison.Ordinal);
    }
}
