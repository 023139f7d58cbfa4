using System.Globalization;
using Pst.Core.Kernel;

namespace Pst.Documents;

/// <summary>
/// The language of an office document. Indonesian is its legal text and always printed; for a customer who reads
/// English (or lives abroad) each label, heading and paragraph carries its English translation under it, so the
/// document stays one document the office can stand behind, not two that could disagree.
/// </summary>
public sealed class DocumentLanguage
{
    public static readonly DocumentLanguage Indonesian = new(false);

    public static readonly DocumentLanguage Bilingual = new(true);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private DocumentLanguage(bool withEnglish) => WithEnglish = withEnglish;

    public bool WithEnglish { get; }

    /// <summary>Bilingual for a customer who uses the site in English or lives abroad; Indonesian otherwise.</summary>
    public static DocumentLanguage For(string? language, Domicile domicile) =>
        language == "en" || domicile == Domicile.Abroad ? Bilingual : Indonesian;

    /// <summary>A title, label, column title or role: "Nomor", or "Nomor" with "Number" on the line under it.</summary>
    public string Words(string indonesian, string english) => WithEnglish ? $"{indonesian}\n{english}" : indonesian;

    /// <summary>A name the office keeps in both languages (a tariff item, a unit): its English under it when there is one.</summary>
    public string Name(LocalizedName name) =>
        WithEnglish && !string.IsNullOrWhiteSpace(name.English) && name.English != name.Indonesian ? $"{name.Indonesian}\n{name.English}" : name.Indonesian;

    /// <summary>A heading on one line: "Data yang diberikan / Data provided".</summary>
    public Heading Heading(string indonesian, string english) => new(WithEnglish ? $"{indonesian} / {english}" : indonesian);

    /// <summary>A paragraph, followed by its translation set apart (smaller, grey).</summary>
    public IEnumerable<DocumentBlock> Paragraph(string indonesian, string english) =>
        WithEnglish ? [new Paragraph(indonesian), new Paragraph(english, Translation: true)] : [new Paragraph(indonesian)];

    /// <summary>"8 Desember 2026", with "(8 December 2026)" for an English reader.</summary>
    public string Date(DateTimeOffset moment) =>
        WithEnglish ? $"{DocumentText.Date(moment)} ({OfficeTime.Local(moment).ToString("d MMMM yyyy", English)})" : DocumentText.Date(moment);

    /// <summary>The footer's page text: "Halaman 1 dari 2", with "Page 1 of 2" for an English reader.</summary>
    public string PageLabel(int page, int pages) =>
        WithEnglish ? $"{DocumentText.PageLabel(page, pages)} / Page {page} of {pages}" : DocumentText.PageLabel(page, pages);

    /// <summary>The caption beside the verification QR code; <paramref name="document"/> names the document in both languages.</summary>
    public string VerificationCaption((string Indonesian, string English) document, string url) =>
        WithEnglish
            ? $"Periksa keaslian {document.Indonesian} ini di {url}\nCheck that this {document.English} is genuine at {url}"
            : $"Periksa keaslian {document.Indonesian} ini di {url}";
}
