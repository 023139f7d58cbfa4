using Pst.Core.Kernel;
using Pst.Documents;

namespace Pst.Payments.Receipts;

/// <summary>What a receipt says: number, date, who paid, how much, for what, with the payment's references.</summary>
public sealed record ReceiptData(
    string Number,
    DateTimeOffset IssuedAt,
    string PayerName,
    string? Institution,
    Rupiah Amount,
    string RequestNumber,
    IReadOnlyList<string> Products,
    string PaymentReference,
    string VerificationUrl,
    string TreasurerName,
    string? Address = null,
    string? Replaces = null,
    DocumentLanguage? Language = null);

/// <summary>
/// The receipt (kuitansi) of step 14, signed by the treasurer, with a QR code to the verification page; for a
/// customer who reads English each part carries its translation.
/// </summary>
public static class ReceiptDocument
{
    public static byte[] Compose(ReceiptData receipt, Letterhead letterhead)
    {
        var text = receipt.Language ?? DocumentLanguage.Indonesian;
        return PdfComposer.Compose(new DocumentSpec(
            text.Words("KUITANSI", "Receipt"),
            letterhead,
            [
                new Facts(
                [
                    (text.Words("Nomor", "Number"), receipt.Number),
                    (text.Words("Tanggal", "Date"), text.Date(receipt.IssuedAt)),
                    (text.Words("Telah terima dari", "Received from"), receipt.Institution is { Length: > 0 } institution ? $"{receipt.PayerName}, {institution}" : receipt.PayerName),
                    .. (receipt.Address is { Length: > 0 } address ? [(text.Words("Alamat", "Address"), address)] : Array.Empty<(string, string)>()),
                    (text.Words("Uang sejumlah", "The sum of"), receipt.Amount.ToString(DocumentText.Indonesian)),
                    (text.Words("Untuk pembayaran", "In payment of"), $"Permintaan {receipt.RequestNumber}: {string.Join("; ", receipt.Products)}"),
                    (text.Words("Pembayaran", "Payment"), receipt.PaymentReference),
                    .. (receipt.Replaces is { } replaced
                        ? [(text.Words("Menggantikan", "Replaces"), $"Kuitansi {replaced}, yang tidak berlaku lagi" + (text.WithEnglish ? $" (receipt {replaced}, no longer valid)" : ""))]
                        : Array.Empty<(string, string)>()),
                ]),
                .. text.Paragraph(
                    "Penerimaan ini merupakan Penerimaan Negara Bukan Pajak (PNBP) yang disetor langsung ke Kas Negara.",
                    "This is non-tax state revenue (PNBP), paid directly into the State Treasury."),
                new QrCode(receipt.VerificationUrl, text.VerificationCaption(("kuitansi", "receipt"), receipt.VerificationUrl)),
                new Signature(DocumentText.SignedAt(receipt.IssuedAt), text.Words("Bendahara Penerimaan", "Revenue treasurer"), receipt.TreasurerName),
            ],
            text.PageLabel,
            receipt.Number));
    }
}
