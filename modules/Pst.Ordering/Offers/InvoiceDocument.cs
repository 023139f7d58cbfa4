using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Documents;

namespace Pst.Ordering.Offers;

/// <summary>One priced line of an invoice: the product as the customer chose it and its itemised quote.</summary>
internal sealed record InvoiceLine(string Product, PriceQuote Quote);

/// <summary>What an invoice says: who it is for (copied from the account at submission), which request, what is due.</summary>
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
    string OfficerName);

/// <summary>The customer's tax number on the invoice: the NPWP in Indonesia, or a number abroad as the customer wrote it.</summary>
internal sealed record CustomerTaxNumber(string Label, string Number)
{
    public static CustomerTaxNumber? Of(Requests.CustomerDetails customer) =>
        customer.Npwp is { Length: > 0 } npwp ? new("NPWP", npwp)
        : customer.TaxNumberAbroad is { Length: > 0 } abroad ? new("Nomor pajak/registrasi", abroad)
        : null;
}

/// <summary>
/// The invoice the officer sends with the offer (step 7 of the online procedure), in Indonesian as the office's
/// documents are: each line's tariff rows, the total, a note that shipping and bank charges are not included,
/// and a QR code to the public verification page.
/// </summary>
internal static class InvoiceDocument
{
    public static byte[] Compose(InvoiceData invoice, Letterhead letterhead)
    {
        var rows = invoice.Lines
            .SelectMany(line => line.Quote.Components.Select(c => (IReadOnlyList<string>)
            [
                $"{line.Product}: {c.TariffCode} {c.Description.Indonesian}",
                $"{c.Quantity.ToString("0.##", DocumentText.Indonesian)} × {c.Unit.Indonesian}",
                c.UnitPrice.ToString(DocumentText.Indonesian),
                c.Amount.ToString(DocumentText.Indonesian),
            ]))
            .ToList();
        var total = invoice.ZeroTariff ? Rupiah.Zero : Rupiah.Sum(invoice.Lines.Select(l => l.Quote.Total));
        var regulations = string.Join(", ", invoice.Lines.Select(l => l.Quote.Regulation).Distinct());

        List<DocumentBlock> blocks =
        [
            new Facts(
            [
                ("Nomor", invoice.Number),
                ("Tanggal", DocumentText.Date(invoice.IssuedAt)),
                ("Permintaan", invoice.RequestNumber),
                ("Kepada", invoice.Institution is { Length: > 0 } institution ? $"{invoice.CustomerName}, {institution}" : invoice.CustomerName),
                .. invoice.TaxNumber is { } tax ? [(tax.Label, tax.Number)] : Array.Empty<(string, string)>(),
            ]),
            new Table(
                [new TableColumn("Uraian", 5), new TableColumn("Jumlah", 2, AlignRight: true), new TableColumn("Tarif satuan", 2, AlignRight: true), new TableColumn("Nilai", 2, AlignRight: true)],
                rows,
                invoice.ZeroTariff
                    ? [["Tarif nol rupiah (disetujui)", "", "", Rupiah.Zero.ToString(DocumentText.Indonesian)], ["Total yang harus dibayar", "", "", total.ToString(DocumentText.Indonesian)]]
                    : [["Total yang harus dibayar", "", "", total.ToString(DocumentText.Indonesian)]]),
            new Paragraph($"Tarif menurut {regulations}. Biaya pengiriman dan jasa perbankan tidak termasuk tarif dan dibebankan kepada pengguna layanan."),
            new QrCode(invoice.VerificationUrl, $"Periksa keaslian invoice ini di {invoice.VerificationUrl}"),
            new Signature(DocumentText.SignedAt(invoice.IssuedAt), "Petugas Pelayanan Statistik Terpadu", invoice.OfficerName),
        ];

        return PdfComposer.Compose(new DocumentSpec("INVOICE", letterhead, blocks, DocumentText.PageLabel, invoice.Number));
    }
}
