using System.Net;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>Full-text search over published pages in both languages, in the database's own engine, with the words marked.</summary>
public abstract class SearchTests<TFactory> : ContentTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    /// <summary>The list of results alone (the page's menus link to pages too).</summary>
    private static string Results(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "<ol class=\"list-unstyled search-results\" id=\"results\">(.*?)</ol>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "The page lists no results.");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Words_in_the_bodies_find_pages_in_both_languages_with_the_words_marked()
    {
        using var visitor = Visitor();
        var indonesian = await visitor.GetStringAsync("/cari?q=nomor+antrian");
        Assert.Contains("href=\"/halaman/standar-pelayanan\"", indonesian, StringComparison.Ordinal);
        Assert.Contains("<mark>antrian</mark>", indonesian, StringComparison.Ordinal);

        var english = await visitor.GetStringAsync("/cari?q=queue");
        Assert.Contains("href=\"/halaman/service-standard\"", english, StringComparison.Ordinal);
        Assert.Contains("<mark>queue</mark>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/halaman/standar-pelayanan\"", Results(english), StringComparison.Ordinal);

        // Both languages at once: a word the two versions share, the reader's language first.
        var both = Results(await visitor.GetStringAsync("/cari?q=PST"));
        Assert.Contains("href=\"/halaman/sekilas-tentang-pst\"", both, StringComparison.Ordinal);
        Assert.Contains("href=\"/halaman/about-pst\"", both, StringComparison.Ordinal);
        Assert.True(both.IndexOf("href=\"/halaman/sekilas-tentang-pst\"", StringComparison.Ordinal) < both.IndexOf("href=\"/halaman/about-pst\"", StringComparison.Ordinal), "Indonesian pages come first for an Indonesian reader.");

        Assert.Contains("Tidak ada halaman terbit yang memuat kata-kata ini.", WebUtility.HtmlDecode(await visitor.GetStringAsync("/cari?q=zzzyyyxxx")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/bahasa/en?returnUrl=/cari")).StatusCode);
        var english2 = Results(await visitor.GetStringAsync("/cari?q=PST"));
        Assert.True(english2.IndexOf("href=\"/halaman/about-pst\"", StringComparison.Ordinal) < english2.IndexOf("href=\"/halaman/sekilas-tentang-pst\"", StringComparison.Ordinal), "English pages come first for an English reader.");
    }

    [Fact]
    public async Task Only_published_text_is_found_and_query_syntax_or_markup_does_no_harm()
    {
        using var editor = await EditorAsync();
        using var visitor = Visitor();
        var id = await CreatePageAsync(editor, "Diskon Mahasiswa", "Tarif `<script>alert(1)</script>` & diskon khusus untuk mahasiswa.", "diskon-mahasiswa");
        Assert.DoesNotContain("diskon-mahasiswa", Results(await visitor.GetStringAsync("/cari?q=diskon")), StringComparison.Ordinal);

        await PublishAsync(editor, id);
        var found = await visitor.GetStringAsync("/cari?q=diskon");
        Assert.Contains("href=\"/halaman/diskon-mahasiswa\"", found, StringComparison.Ordinal);
        Assert.Contains("<mark>diskon</mark>", found, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Results(found), StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</", Results(found), StringComparison.Ordinal);

        // Words are only words: quotes, operators and SQL go nowhere.
        foreach (var hostile in new[] { "diskon\" OR \"", "diskon'; DROP TABLE \"Content_Search\"; --", "NEAR(diskon", "diskon:* | !a", "*" })
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/cari?q=" + Uri.EscapeDataString(hostile))).StatusCode);
        }

        Assert.Contains("href=\"/halaman/diskon-mahasiswa\"", await visitor.GetStringAsync("/cari?q=diskon"), StringComparison.Ordinal);

        // A new published version is what search finds; taken offline, the page is not found.
        await SaveAsync(editor, id, "Diskon Mahasiswa", "Potongan harga untuk pelajar.", "diskon-mahasiswa");
        Assert.Contains("diskon-mahasiswa", await visitor.GetStringAsync("/cari?q=mahasiswa"), StringComparison.Ordinal);
        await PublishAsync(editor, id);
        Assert.Contains("diskon-mahasiswa", await visitor.GetStringAsync("/cari?q=potongan+pelajar"), StringComparison.Ordinal);
        Assert.DoesNotContain("diskon-mahasiswa", Results(await visitor.GetStringAsync("/cari?q=khusus")), StringComparison.Ordinal);
        await PostHandlerAsync(editor, id, "Unpublish");
        Assert.DoesNotContain("diskon-mahasiswa", Results(await visitor.GetStringAsync("/cari?q=potongan")), StringComparison.Ordinal);
    }
}

public sealed class SqliteSearchTests : SearchTests<SqliteAppFactory>;

public sealed class PostgreSqlSearchTests : SearchTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
