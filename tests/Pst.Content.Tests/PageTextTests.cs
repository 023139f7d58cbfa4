using Pst.Content.Pages;

namespace Pst.Content.Tests;

public sealed class PageTextTests
{
    [Theory]
    [InlineData("Standar Pelayanan", "standar-pelayanan")]
    [InlineData("Sekilas tentang PST", "sekilas-tentang-pst")]
    [InlineData("  Pengaduan & Saran — 24 Jam!  ", "pengaduan-saran-24-jam")]
    [InlineData("Café Statistik", "cafe-statistik")]
    public void A_title_suggests_a_valid_slug(string title, string slug)
    {
        Assert.Equal(slug, Slug.FromTitle(title));
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Standar")]
    [InlineData("standar pelayanan")]
    [InlineData("-standar")]
    [InlineData("standar-")]
    [InlineData("standar--pelayanan")]
    [InlineData("../admin")]
    public void A_slug_that_is_no_clean_address_part_is_refused(string slug) => Assert.False(Slug.IsValid(slug));

    [Fact]
    public void A_long_title_gives_a_slug_of_at_most_100_characters_without_a_trailing_dash()
    {
        var slug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("pelayanan", 20)));
        Assert.InRange(slug.Length, 1, Slug.MaxLength);
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Two_versions_compare_line_by_line_keeping_what_both_share()
    {
        var older = "# Prosedur\n1. Ambil nomor antrian\n2. Isi buku tamu\n3. Tunggu dipanggil";
        var newer = "# Prosedur\n1. Ambil nomor antrian\n2. Isi buku tamu di front office\n3. Tunggu dipanggil\n4. Beri penilaian";

        Assert.Equal(
            [
                new DiffLine(DiffKind.Unchanged, "# Prosedur"),
                new DiffLine(DiffKind.Unchanged, "1. Ambil nomor antrian"),
                new DiffLine(DiffKind.Removed, "2. Isi buku tamu"),
                new DiffLine(DiffKind.Added, "2. Isi buku tamu di front office"),
                new DiffLine(DiffKind.Unchanged, "3. Tunggu dipanggil"),
                new DiffLine(DiffKind.Added, "4. Beri penilaian"),
            ],
            LineDiff.Compare(older, newer));
    }

    [Fact]
    public void Comparing_with_an_empty_version_adds_or_removes_every_line()
    {
        Assert.All(LineDiff.Compare("", "a\r\nb"), l => Assert.Equal(DiffKind.Added, l.Kind));
        Assert.Equal(["a", "b"], LineDiff.Compare("a\nb", "").Select(l => l.Text));
        Assert.Empty(LineDiff.Compare("", ""));
    }
}
