using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Documents;

namespace Pst.Ordering.Offers;

/// <summary>One priced line of an invoice: the product as the customer chose it and its itemised quote.</summary>
internal sealed record InvoiceLine(string Product, PriceQuote Quote);

/// <summary>What an invoice says: who it is for (copied from the account at submission), which request, what is due.</summary>
/// <param name="Identity">The customer's identity document as the profile gave it, if any.</param>
internal sealed record InvoiceData(
    string Number,
    DateTimeOffset IssuedAt,
    string RequestNumber,
    string CustomerName,
    string? Institution,
    CustomerTaxNumber? TaxNumber,
    IReadOnlyList<InvoiceLine> Lines,
    bool ZeroTariff,
    string VerificationUrl,
    string OfficerName,
    string? Identity = null,
    DocumentLanguage? Language = null);

/// <summary>The customer's tax number on the invoice: the NPWP in Indonesia, or a number abroad as the customer wrote it.</summary>
internal sealed record CustomerTaxNumber(string Label, string EnglishLabel, string Number)
{
    public static CustomerTaxNumber? Of(Requests.CustomerDetails customer) =>
        customer.Npwp is { Length: > 0 } npwp ? new("NPWP", "Tax number (NPWP)", npwp)
        : customer.TaxNumberAbroad is { Length: > 0 } abroad ? new("Nomor pajak/registrasi", "Tax/registration number", abroad)
        : null;
}

/// <summary>
/// The invoice the officer sends with the offer (step 7 of the online procedure), in Indonesian as the office's
/// documents are, with English beside it for a customer who reads English: each line's tariff rows, the total, a
/// note that shipping and bank charges are not included, and a QR code to the public verification page.
/// </summary>
internal static class InvoiceDocument
{
    public static byte[] Compose(InvoiceData invoice, Letterhead letterhead)
    {
        var text = invoice.Language ?? DocumentLanguage.Indonesian;
        var rows = invoice.Lines
            .SelectMany(line => line.Quote.Components.Select(c => (IReadOnlyList<string>)
            [
                $"{line.Product}: {c.TariffCode} {text.Name(c.Description)}",
                $"{c.Quantity.ToString("0.##", DocumentText.Indonesian)} × {text.Name(c.Unit)}",
                c.UnitPrice.ToString(DocumentText.Indonesian),
                c.Amount.ToString(DocumentText.Indonesian),
            ]))
            .ToList();
        var total = invoice.ZeroTariff ? Rupiah.Zero : Rupiah.Sum(invoice.Lines.Select(l => l.Quote.Total));
        var regulations = string.Join(", ", invoice.Lines.Select(l => l.Quote.Regulation).Distinct());
        var totalLabel = text.Words("Total yang harus dibayar", "Total due");

        List<DocumentBlock> blocks =
        [
            new Facts(
            [
                (text.Words("Nomor", "Number"), invoice.Number),
                (text.Words("Tanggal", "Date"), text.Date(invoice.IssuedAt)),
                (text.Words("Permintaan", "Request"), invoice.RequestNumber),
                (text.Words("Kepada", "To"), invoice.Institution is { Length: > 0 } institution ? $"{invoice.CustomerName}, {institution}" : invoice.CustomerName),
                .. invoice.Identity is { } identity ? [(text.Words("Identitas", "Identity"), identity)] : Array.Empty<(string, string)>(),
                .. invoice.TaxNumber is { } tax ? [(text.Words(tax.Label, tax.EnglishLabel), tax.Number)] : Array.Empty<(string, string)>(),
            ]),
            new Table(
                [
                    new TableColumn(text.Words("Uraian", "Description"), 5),
                    new TableColumn(text.Words("Jumlah", "Quantity"), 2, AlignRight: true),
                    new TableColumn(text.Words("Tarif satuan", "Unit price"), 2, AlignRight: true),
                    new TableColumn(text.Words("Nilai", "Amount"), 2, AlignRight: true),
                ],
                rows,
                invoice.ZeroTariff
                    ? [[text.Words("Tarif nol rupiah (disetujui)", "Zero tariff (approved)"), "", "", Rupiah.Zero.ToString(DocumentText.Indonesian)], [totalLabel, "", "", total.ToString(DocumentText.Indonesian)]]
                    : [[totalLabel, "", "", total.ToString(DocumentText.Indonesian)]]),
            .. text.Paragraph(
                $"Tarif menurut {regulations}. Biaya pengiriman dan jasa perbankan tidak termasuk tarif dan dibebankan kepada pengguna layanan.",
                $"Tariffs as set by {regulations}. Shipping and bank charges are not included and are borne by the customer; amounts are in Indonesian rupiah (IDR)."),
            new QrCode(invoice.VerificationUrl, text.VerificationCaption(("invoice", "invoice"), invoice.VerificationUrl)),
            new Signature(DocumentText.SignedAt(invoice.IssuedAt), text.Words("Petugas Pelayanan Statistik Terpadu", "Integrated Statistical Services officer"), invoice.OfficerName),
        ];

        return PdfComposer.Compose(new DocumentSpec("INVOICE", letterhead, blocks, text.PageLabel, invoice.Number));
    }
}
