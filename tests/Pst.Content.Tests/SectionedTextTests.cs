using Pst.Content.Menus;
using Pst.Content.Pages;

namespace Pst.Content.Tests;

public sealed class SectionedTextTests
{
    private const string Standard = """
        Pengantar standar.

        <!-- part: procedure.walkIn -->
        1. Ambil nomor antrian
        2. Isi buku tamu

        <!-- part: procedure.online -->
        1. Registrasi
        """;

    [Fact]
    public void A_service_standard_file_gives_the_body_and_each_part()
    {
        var (body, sections) = SectionedText.Parse(PageKind.ServiceStandard, Standard);
        Assert.Equal("Pengantar standar.", body);
        Assert.Equal("1. Ambil nomor antrian\n2. Isi buku tamu", sections["procedure.walkIn"]);
        Assert.Equal("1. Registrasi", sections["procedure.online"]);
        Assert.Equal(2, sections.Count);
    }

    [Theory]
    [InlineData(PageKind.ServiceStandard, "<!-- part: price.walkIn -->\nRp1")]
    [InlineData(PageKind.ServiceStandard, "<!-- part: cost.walkIn -->\na\n<!-- part: cost.walkIn -->\nb")]
    [InlineData(PageKind.Article, "<!-- part: procedure.walkIn -->\n1. Satu")]
    [InlineData(PageKind.Home, "<!-- part: procedure.walkIn -->\n1. Satu")]
    public void An_unknown_or_repeated_part_is_refused(PageKind kind, string text) =>
        Assert.Throws<ContentRefusedException>(() => SectionedText.Parse(kind, text));

    [Fact]
    public void Two_versions_compare_part_by_part_only_the_changed_parts_with_two_lines_of_context()
    {
        var body = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Baris {i}"));
        var page = new Page(Guid.NewGuid(), PageLanguage.Indonesian, PageKind.ServiceStandard, "standar", Guid.NewGuid(),
            new PageText("Standar", body, null, new Dictionary<string, string> { ["procedure.online"] = "1. Registrasi", ["requirements.walkIn"] = "1. KTP" }), "editor-1", DateTimeOffset.UnixEpoch);
        var older = page.Latest;
        var newer = page.Edit(new PageText("Standar", body.Replace("Baris 6", "Baris enam", StringComparison.Ordinal), null,
            new Dictionary<string, string> { ["procedure.online"] = "1. Registrasi\n2. Unggah", ["requirements.walkIn"] = "1. KTP" }), "editor-1", DateTimeOffset.UnixEpoch);

        var parts = VersionDiff.Compare(page.Kind, older, newer);

        Assert.Equal([VersionDiff.Body, "procedure.online"], parts.Select(p => p.Key));
        Assert.Equal(
            [(DiffKind.Skipped, "3"), (DiffKind.Unchanged, "Baris 4"), (DiffKind.Unchanged, "Baris 5"), (DiffKind.Removed, "Baris 6"), (DiffKind.Added, "Baris enam"),
             (DiffKind.Unchanged, "Baris 7"), (DiffKind.Unchanged, "Baris 8"), (DiffKind.Skipped, "4")],
            parts[0].Lines.Select(l => (l.Kind, l.Text)));
        Assert.Equal([(DiffKind.Unchanged, "1. Registrasi"), (DiffKind.Added, "2. Unggah")], parts[1].Lines.Select(l => (l.Kind, l.Text)));
        Assert.DoesNotContain(parts.SelectMany(p => p.Lines), l => l.Text.Contains("<!--", StringComparison.Ordinal));
    }

    [Fact]
    public void Saving_the_same_text_again_adds_no_version_and_parts_are_compared_after_trimming()
    {
        var page = new Page(Guid.NewGuid(), PageLanguage.Indonesian, PageKind.Home, "beranda", Guid.NewGuid(),
            new PageText("Beranda", "", null, new Dictionary<string, string> { ["intro"] = "Selamat datang" }), "editor-1", DateTimeOffset.UnixEpoch);
        var same = new PageText(" Beranda ", "", "  ", new Dictionary<string, string> { ["intro"] = "Selamat datang \r\n", ["announcement"] = "  " });
        Assert.True(page.HasText(same));
        Assert.Equal(1, page.Edit(same, "editor-2", DateTimeOffset.UnixEpoch).Number);
        Assert.Single(page.Versions);
        Assert.Equal(2, page.Edit(same with { Title = "Beranda PST" }, "editor-2", DateTimeOffset.UnixEpoch).Number);
    }
}

public sealed class MenuRowTests
{
    [Fact]
    public void Rows_become_a_menu_by_position_with_children_after_their_parent()
    {
        var page = Guid.NewGuid();
        var entries = MenuRow.ToEntries(
        [
            new MenuRow { Position = 30, Text = "Katalog", Url = "/katalog" },
            new MenuRow { Position = 25, Text = "Standar", PageId = page, UnderPosition = 10 },
            new MenuRow { Position = 10, Text = "Layanan" },
            new MenuRow { Position = 15, Text = "Antrian", Url = "/antrian", UnderPosition = 10 },
            new MenuRow { Position = 40, Text = "Dibuang", Url = "/x", Remove = true },
            new MenuRow { Position = 50 },
        ]);

        Assert.Equal(
            [new MenuItemInput("Layanan", null, null, null), new MenuItemInput("Antrian", null, "/antrian", 0), new MenuItemInput("Standar", page, null, 0), new MenuItemInput("Katalog", null, "/katalog", null)],
            entries);
    }

    [Fact]
    public void A_row_under_a_position_that_is_no_top_level_entry_is_refused()
    {
        Assert.Throws<ContentRefusedException>(() => MenuRow.ToEntries([new MenuRow { Position = 10, Text = "A", Url = "/a" }, new MenuRow { Position = 20, Text = "B", Url = "/b", UnderPosition = 99 }]));
        Assert.Throws<ContentRefusedException>(() => MenuRow.ToEntries([new MenuRow { Position = 10, Text = "A", Url = "/a" }, new MenuRow { Position = 20, Text = "B", Url = "/b", UnderPosition = 10 }, new MenuRow { Position = 30, Text = "C", Url = "/c", UnderPosition = 20 }]));
    }

    [Theory]
    [InlineData("/katalog", true)]
    [InlineData("https://www.bps.go.id", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("/\\evil", false)]
    [InlineData("", false)]
    public void Only_site_addresses_and_http_links_may_be_menu_targets(string url, bool allowed) => Assert.Equal(allowed, MenuItem.IsAllowedUrl(url));
}

public sealed class SearchQueryTests
{
    [Fact]
    public void Only_words_are_kept_so_nothing_typed_is_query_syntax()
    {
        var query = Pst.Content.Search.SearchQuery.Parse("Nomor \"antrian\" OR nomor; DROP-TABLE* é");
        Assert.Equal(["nomor", "antrian", "or", "drop", "table", "é"], query.Words);
        Assert.Equal("\"nomor\"* \"antrian\"* \"or\"* \"drop\"* \"table\"* \"é\"*", query.ToFts5());
        Assert.Equal("nomor:* & antrian:* & or:* & drop:* & table:* & é:*", query.ToTsQuery());
        Assert.True(Pst.Content.Search.SearchQuery.Parse(" *&| \"' ").IsEmpty);
        Assert.Equal(8, Pst.Content.Search.SearchQuery.Parse("a b c d e f g h i j").Words.Count);
    }

    [Fact]
    public void Highlighted_text_is_encoded_before_the_marks_become_tags()
    {
        var marked = "a <b> & " + Pst.Content.Search.SearchResult.MarkStart + "diskon" + Pst.Content.Search.SearchResult.MarkEnd;
        Assert.Equal("a &lt;b&gt; &amp; <mark>diskon</mark>", Pst.Content.Search.SearchResult.Highlighted(marked));
        Assert.Equal("Harga " + Pst.Content.Search.SearchResult.MarkStart + "Diskon" + Pst.Content.Search.SearchResult.MarkEnd, Pst.Content.Search.SearchResult.MarkWords("Harga Diskon", ["diskon"]));
        Assert.StartsWith("… ", Pst.Content.Search.SearchResult.Around(new string('x', 300) + " diskon", ["diskon"]), StringComparison.Ordinal);
    }
}
