namespace Pst.Documents.Tests;

/// <summary>
/// Names and signs outside Latin reach the PDF: each character is drawn in a font that has it and comes back out of
/// the file with poppler's pdftotext. Needs Debian's poppler-utils and the Noto fonts (see <see cref="DebianTools"/>).
/// </summary>
public sealed class DocumentFontTests
{
    [Theory]
    [InlineData("Chinese", "李明华")]
    [InlineData("Arabic", "محمد")]
    [InlineData("Greek", "Ελένη Παπαδοπούλου")]
    [InlineData("Vietnamese", "Nguyễn Thị Việt")]
    [InlineData("sign", "umur ≥ 17 tahun")]
    public void A_name_or_sign_outside_latin_is_embedded_and_reads_back(string script, string text)
    {
        DebianTools.Require("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "fonts-noto-core");
        DebianTools.Require("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk");
        var pdf = PdfComposer.Compose(new DocumentSpec(
            "KUITANSI",
            new Letterhead("BPS PROVINSI JAWA TENGAH", "Semarang", "jateng@bps.go.id"),
            [new Facts([("Diterima dari", text)]), new Paragraph($"Atas nama {text}."), new Signature("Semarang, 7 Desember 2026", "Bendahara", text)],
            (page, pages) => $"Halaman {page} dari {pages}",
            null));

        var extracted = DebianTools.PdfText(pdf);
        var expected = script == "Arabic" ? text.Normalize(System.Text.NormalizationForm.FormKC) : text;
        foreach (var character in expected.Where(c => !char.IsWhiteSpace(c)).Distinct())
        {
            Assert.True(extracted.Contains(character, StringComparison.Ordinal), $"{script}: '{character}' (U+{(int)character:X4}) is missing from the PDF's text: {extracted}");
        }
    }

    [Theory]
    [InlineData("Anna Müller-Łukasiewicz")]
    [InlineData("Nguyễn Thị Việt")]
    [InlineData("Ştefan Ţară, Dvořák, Øystein Ångström")]
    public void A_latin_name_is_drawn_in_the_embedded_font_on_any_install(string name)
    {
        foreach (var bold in new[] { false, true })
        {
            var embedded = DocumentFonts.Runs("A", bold).Single().Typeface;

            var run = Assert.Single(DocumentFonts.Runs(name, bold));

            Assert.Equal((embedded.Handle, name), (run.Typeface.Handle, run.Text));
        }
    }
}
