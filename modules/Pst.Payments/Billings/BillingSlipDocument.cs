using Pst.Core.Kernel;
using Pst.Documents;

namespace Pst.Payments.Billings;

/// <summary>What a billing slip says: the code, the amount, until when, for which request and whom.</summary>
public sealed record BillingSlipData(string Code, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, Rupiah Amount, string RequestNumber, string PayerName, string VerificationUrl);

/// <summary>
/// The billing slip (step 11): the 15-digit code to pay at a bank, post office or online channel, the amount, the
/// expiry, and a QR code to the verification page. In Indonesian, as the office's documents are.
/// </summary>
public static class BillingSlipDocument
{
    public static byte[] Compose(BillingSlipData slip, Letterhead letterhead) =>
        PdfComposer.Compose(new DocumentSpec(
            "KODE BILLING PNBP",
            letterhead,
            [
                new Facts(
                [
                    ("Kode billing", Spaced(slip.Code)),
                    ("Jumlah", slip.Amount.ToString(DocumentText.Indonesian)),
                    ("Berlaku sampai", DocumentText.DateTime(slip.ExpiresAt)),
                    ("Permintaan", slip.RequestNumber),
                    ("Wajib bayar", slip.PayerName),
                    ("Diterbitkan", DocumentText.DateTime(slip.IssuedAt)),
                ]),
                new Paragraph("Bayarlah melalui teller bank persepsi, kantor pos, ATM, internet banking, atau mobile banking dengan memasukkan kode billing di atas pada menu penerimaan negara (MPN). Simpan bukti pembayaran yang memuat NTPN."),
                new Paragraph("Kode billing yang melewati masa berlaku tidak dapat dibayar; mintalah kode billing baru kepada petugas."),
                new QrCode(slip.VerificationUrl, $"Periksa keaslian kode billing ini di {slip.VerificationUrl}"),
            ],
            DocumentText.PageLabel,
            slip.Code));

    /// <summary>The code in groups of five, as banks print it: 82026 11240 00123.</summary>
    public static string Spaced(string code) => string.Join(' ', code.Chunk(5).Select(c => new string(c)));
}
