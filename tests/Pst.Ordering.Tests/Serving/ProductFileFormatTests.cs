using System.Text;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Tests.Serving;

/// <summary>A corrected product file must be in the format of the delivered file it replaces, known by its first bytes.</summary>
public sealed class ProductFileFormatTests
{
    [Theory]
    [InlineData("publikasi.pdf", "%PDF-1.7 …", true)]
    [InlineData("publikasi.pdf", "PK\u0003\u0004 …", false)]
    [InlineData("susenas.zip", "PK\u0003\u0004 …", true)]
    [InlineData("tabel.xlsx", "PK\u0003\u0004 …", true)]
    [InlineData("peta.gpkg", "SQLite format 3\0 …", true)]
    [InlineData("peta.gpkg", "%PDF-1.7", false)]
    [InlineData("data.csv", "kode;nama\n3374;Kota Semarang – Jawa Tengah\n", true)]
    [InlineData("data.csv", "kode\0nama", false)]
    [InlineData("peta-metadata.txt", "Sumber: BPS", true)]
    [InlineData("berkas.exe", "MZ…", false)]
    public void A_corrected_file_matches_the_format_of_the_file_it_replaces(string delivered, string content, bool matches) =>
        Assert.Equal(matches, ProductFileFormat.Matches(delivered, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Text_cut_inside_a_character_at_the_end_of_the_header_is_still_text_but_invalid_UTF8_is_not()
    {
        var cut = Encoding.UTF8.GetBytes("Kota Semarang – ")[..^2]; // the en dash's three bytes cut after the first
        Assert.True(ProductFileFormat.Matches("data.csv", cut));
        Assert.False(ProductFileFormat.Matches("data.csv", [0x41, 0xC3, 0x28, 0x41, 0x42]));
    }
}
