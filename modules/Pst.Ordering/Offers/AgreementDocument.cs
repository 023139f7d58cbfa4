using Pst.Core.Products;
using Pst.Documents;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Offers;

/// <summary>
/// What a data-use agreement names: the parties (the customer as copied at submission), the request, and the data
/// exactly as delivered (each line described by its product type in Indonesian, with what the offer measured).
/// </summary>
/// <param name="Identity">The customer's identity document as the profile gave it, if any.</param>
/// <param name="Abroad">The customer lives abroad: the agreement says how to sign and send it from there.</param>
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
    Pst.Core.Settings.OfficeSignatory? Signatory = null,
    string? Identity = null,
    bool Abroad = false,
    DocumentLanguage? Language = null);

/// <summary>
/// The data-use agreement (surat perjanjian penggunaan data, SPPD) sent with the offer for microdata and maps,
/// prefilled with the customer and the request; the customer signs it on a duty stamp and sends it to the office
/// (DOMAIN.md section 3.2). For a customer who reads English each part carries its translation; the Indonesian is
/// the binding text. The wording of the obligations awaits the office's official template.
/// </summary>
internal static class AgreementDocument
{
    public static byte[] Compose(AgreementData agreement, Letterhead letterhead)
    {
        var text = agreement.Language ?? DocumentLanguage.Indonesian;
        var customer = agreement.Institution is { Length: > 0 } institution ? $"{agreement.CustomerName}, {institution}" : agreement.CustomerName;
        return PdfComposer.Compose(new DocumentSpec(
            text.Words("SURAT PERJANJIAN PENGGUNAAN DATA", "Data use agreement"),
            letterhead,
            [
                new Facts(
                [
                    (text.Words("Nomor", "Number"), agreement.Number),
                    (text.Words("Tanggal", "Date"), text.Date(agreement.IssuedAt)),
                    (text.Words("Permintaan", "Request"), agreement.RequestNumber),
                    (text.Words("Pihak pertama", "First party"), $"{agreement.OfficeName}, sebagai penyedia data" + (text.WithEnglish ? " (data provider)" : "")),
                    (text.Words("Pihak kedua", "Second party"), $"{customer} ({agreement.CustomerEmail}), sebagai penerima data" + (text.WithEnglish ? " (data recipient)" : "")),
                    .. agreement.Identity is { } identity ? [(text.Words("Identitas pihak kedua", "Second party's identity"), identity)] : Array.Empty<(string, string)>(),
                ]),
                text.Heading("Data yang diberikan", "Data provided"),
                .. agreement.Data.Select((line, i) => new Facts(
                [
                    ($"Data {i + 1}", line.Title),
                    .. line.Details.Select(d => (d.Label, string.Join(", ", d.Values))),
                ])),
                text.Heading("Kesepakatan", "Terms"),
                .. DataUseTerms.Clauses.SelectMany((clause, i) => text.Paragraph($"{i + 1}. {clause}", $"{i + 1}. {DataUseTerms.EnglishClauses[i]}")),
                .. text.Paragraph(
                    "Perjanjian ini ditandatangani pihak kedua di atas meterai Rp10.000 dan dikirimkan kepada pihak pertama sebelum data diserahkan.",
                    "The second party signs this agreement over a Rp10,000 duty stamp (meterai) and sends it to the first party before the data are handed over."),
                .. agreement.Abroad ? SigningFromAbroad(text, letterhead) : [],
                new QrCode(agreement.VerificationUrl, text.VerificationCaption(("perjanjian", "agreement"), agreement.VerificationUrl)),
                new SignaturePair(FirstParty(agreement, text), new Signature(DocumentText.SignedAt(agreement.IssuedAt), text.Words("Pihak kedua,\ndi atas meterai Rp10.000", "Second party, over the duty stamp"), customer)),
            ],
            text.PageLabel,
            agreement.Number));
    }

    /// <summary>
    /// How a customer abroad, who cannot buy a paper duty stamp there, signs: with an electronic duty stamp
    /// (e-meterai, valid under Law 10 of 2020 on duty stamps) on the PDF, or on paper and by post to the office.
    /// </summary>
    private static IEnumerable<DocumentBlock> SigningFromAbroad(DocumentLanguage text, Letterhead letterhead) =>
        text.Paragraph(
            $"Pihak kedua yang berada di luar negeri dapat membubuhkan e-meterai Rp10.000 pada berkas perjanjian ini, menandatanganinya, lalu mengunggahnya pada halaman permintaan; atau menandatanganinya di atas kertas, mengunggah pindaiannya, dan mengirimkan aslinya melalui pos ke {letterhead.OfficeName}, {letterhead.Address}, untuk pemeteraian kemudian sebelum data diserahkan.",
            $"A second party abroad may affix a Rp10,000 electronic duty stamp (e-meterai) to this agreement's file, sign it and upload it on the request page; or sign it on paper, upload the scan, and post the original to {letterhead.OfficeName}, {letterhead.Address}, where the duty stamp is affixed afterwards (pemeteraian kemudian) before the data are handed over.");

    /// <summary>The office's side: the official in the settings, or room to write the name and NIP by hand.</summary>
    private static Signature FirstParty(AgreementData agreement, DocumentLanguage text)
    {
        const string Blank = "..................................";
        var signatory = agreement.Signatory;
        var role = signatory is null ? $"Pihak pertama,\nuntuk {agreement.OfficeName}" : $"Pihak pertama,\n{signatory.Position}";
        var name = signatory?.Name is { Length: > 0 } known ? known : $"({Blank})";
        return new Signature("", text.WithEnglish ? $"{role}\nFirst party" : role, name, "NIP. " + (signatory?.Nip is { Length: > 0 } nip ? nip : Blank));
    }
}
