using Pst.Core.Products;
using Pst.Documents;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Offers;

/// <summary>
/// What a data-use agreement names: the parties (the customer as copied at submission), the request, and the data
/// exactly as delivered (each line described by its product type in Indonesian, with what the offer measured).
/// </summary>
internal sealed record AgreementData(
    string Number,
    DateTimeOffset IssuedAt,
    string RequestNumber,
    string CustomerName,
    string? Institution,
    string CustomerEmail,
    IReadOnlyList<DescribedLine> Data,
    string OfficeName,
    string VerificationUrl,
    Pst.Core.Settings.OfficeSignatory? Signatory = null);

/// <summary>
/// The data-use agreement (surat perjanjian penggunaan data, SPPD) sent with the offer for microdata and maps,
/// prefilled with the customer and the request; the customer signs it on a duty stamp and sends it to the office
/// (DOMAIN.md section 3.2). The wording of the obligations awaits the office's official template.
/// </summary>
internal static class AgreementDocument
{
    public static byte[] Compose(AgreementData agreement, Letterhead letterhead)
    {
        var customer = agreement.Institution is { Length: > 0 } institution ? $"{agreement.CustomerName}, {institution}" : agreement.CustomerName;
        return PdfComposer.Compose(new DocumentSpec(
            "SURAT PERJANJIAN PENGGUNAAN DATA",
            letterhead,
            [
                new Facts(
                [
                    ("Nomor", agreement.Number),
                    ("Tanggal", DocumentText.Date(agreement.IssuedAt)),
                    ("Permintaan", agreement.RequestNumber),
                    ("Pihak pertama", $"{agreement.OfficeName}, sebagai penyedia data"),
                    ("Pihak kedua", $"{customer} ({agreement.CustomerEmail}), sebagai penerima data"),
                ]),
                new Heading("Data yang diberikan"),
                .. agreement.Data.Select((line, i) => new Facts(
                [
                    ($"Data {i + 1}", line.Title),
                    .. line.Details.Select(d => (d.Label, string.Join(", ", d.Values))),
                ])),
                new Heading("Kesepakatan"),
                .. DataUseTerms.Clauses.Select((clause, i) => new Paragraph($"{i + 1}. {clause}")),
                new Paragraph("Perjanjian ini ditandatangani pihak kedua di atas meterai Rp10.000 dan dikirimkan kepada pihak pertama sebelum data diserahkan."),
                new QrCode(agreement.VerificationUrl, $"Periksa keaslian perjanjian ini di {agreement.VerificationUrl}"),
                new SignaturePair(FirstParty(agreement), new Signature(DocumentText.SignedAt(agreement.IssuedAt), "Pihak kedua,\ndi atas meterai Rp10.000", customer)),
            ],
            DocumentText.PageLabel,
            agreement.Number));
    }

    /// <summary>The office's side: the official in the settings, or room to write the name and NIP by hand.</summary>
    private static Signature FirstParty(AgreementData agreement)
    {
        const string Blank = "..................................";
        var signatory = agreement.Signatory;
        var role = signatory is null ? $"Pihak pertama,\nuntuk {agreement.OfficeName}" : $"Pihak pertama,\n{signatory.Position}";
        var name = signatory?.Name is { Length: > 0 } known ? known : $"({Blank})";
        return new Signature("", role, name, "NIP. " + (signatory?.Nip is { Length: > 0 } nip ? nip : Blank));
    }
}
