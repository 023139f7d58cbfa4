using Pst.Documents;

namespace Pst.Ordering.Abstracts;

/// <summary>Who wrote an abstract, on which request, when.</summary>
internal sealed record AbstractAuthor(string Name, string? Institution, string Email, string RequestLabel, DateTimeOffset WrittenAt);

/// <summary>
/// The abstract as the PDF attached to the request: the customer's answers under the office's headings, in
/// Indonesian as every document of the office, with the statement the customer made.
/// </summary>
internal static class DataUseAbstractDocument
{
    /// <summary>The headings of the fields, in the order of <see cref="DataUseAbstract.TextFields"/>.</summary>
    private static readonly Dictionary<string, string> Headings = new(StringComparer.Ordinal)
    {
        [nameof(DataUseAbstract.Title)] = "Judul kegiatan",
        [nameof(DataUseAbstract.Purpose)] = "Tujuan penggunaan data",
        [nameof(DataUseAbstract.Datasets)] = "Data yang diminta dan periodenya",
        [nameof(DataUseAbstract.Areas)] = "Wilayah",
        [nameof(DataUseAbstract.Variables)] = "Variabel yang digunakan dan alasannya",
        [nameof(DataUseAbstract.Method)] = "Metode analisis",
        [nameof(DataUseAbstract.Outputs)] = "Bentuk keluaran",
        [nameof(DataUseAbstract.Publication)] = "Tempat hasil dipublikasikan",
    };

    public const string Statement =
        "Saya menyatakan bahwa data yang saya terima hanya saya gunakan untuk keperluan yang diuraikan di atas, tidak saya gandakan, dan tidak saya berikan, seluruhnya atau sebagian, kepada pihak lain dalam bentuk record individu.";

    public static byte[] Compose(DataUseAbstract content, AbstractAuthor author, Letterhead letterhead)
    {
        var name = author.Institution is { Length: > 0 } institution ? $"{author.Name}, {institution}" : author.Name;
        List<DocumentBlock> blocks =
        [
            new Facts(
            [
                ("Permintaan", author.RequestLabel),
                ("Pengguna layanan", $"{name} ({author.Email})"),
                ("Diisi daring", DocumentText.DateTime(author.WrittenAt)),
            ]),
        ];
        foreach (var (field, _) in DataUseAbstract.TextFields)
        {
            blocks.Add(new Heading(Headings[field]));
            blocks.Add(new Paragraph(content.Text(field)));
        }

        blocks.Add(new Heading("Pernyataan"));
        blocks.Add(new Paragraph(Statement));
        blocks.Add(new Signature(DocumentText.SignedAt(author.WrittenAt), "Pengguna layanan", author.Name));
        return PdfComposer.Compose(new DocumentSpec("ABSTRAKSI PENGGUNAAN DATA", letterhead, blocks, DocumentText.PageLabel));
    }
}
