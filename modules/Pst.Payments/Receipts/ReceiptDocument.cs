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
    string? Replaces = null);

/// <summary>The receipt (kuitansi) of step 14, signed by the treasurer, with a QR code to the verification page.</summary>
public static class ReceiptDocument
{
    public static byte[] Compose(ReceiptData receipt, Letterhead letterhead) =>
        PdfComposer.Compose(new DocumentSpec(
            "KUITANSI",
            letterhead,
            [
                new Facts(
                [
                    ("Nomor", receipt.Number),
                    ("Tanggal", DocumentText.Date(receipt.IssuedAt)),
                    ("Telah terima dari", receipt.Institution is { Length: > 0 } institution ? $"{receipt.PayerName}, {institution}" : receipt.PayerName),
                    .. (receipt.Address is { Length: > 0 } address ? [("Alamat", address)] : Array.Empty<(string, string)>()),
                    ("Uang sejumlah", receipt.Amount.ToString(DocumentText.Indonesian)),
                    ("Untuk pembayaran", $"Permintaan {receipt.RequestNumber}: {string.Join("; ", receipt.Products)}"),
                    ("Pembayaran", receipt.PaymentReference),
                    .. (receipt.Replaces is { } replaced ? [("Menggantikan", $"Kuitansi {replaced}, yang tidak berlaku lagi")] : Array.Empty<(string, string)>()),
                ]),
                new Paragraph("Penerimaan ini merupakan Penerimaan Negara Bukan Pajak (PNBP) yang disetor langsung ke Kas Negara."),
                new QrCode(receipt.VerificationUrl, $"Periksa keaslian kuitansi ini di {receipt.VerificationUrl}"),
                new Signature(DocumentText.SignedAt(receipt.IssuedAt), "Bendahara Penerimaan", receipt.TreasurerName),
            ],
            DocumentText.PageLabel,
            receipt.Number));
}
