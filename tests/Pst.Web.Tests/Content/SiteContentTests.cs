using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Content.Menus;
using Pst.Content.Pages;
using Pst.Core.Features;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Web.Hosting;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>The content the default recipe loads (and keeps an editor's changes to), the menus editors keep, and the home page's entry points.</summary>
public abstract class SiteContentTests<TFactory> : ContentTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task The_recipe_loads_the_units_pages_in_both_languages_and_the_menus_that_reach_them()
    {
        using var visitor = Visitor();
        var home = Decoded(await visitor.GetStringAsync("/"));
        foreach (var link in new[] { "href=\"/halaman/standar-pelayanan\"", "href=\"/halaman/sekilas-tentang-pst\"", "href=\"/halaman/pengaduan\"", "href=\"/katalog\"", "href=\"/antrian\"" })
        {
            Assert.Contains(link, home, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"footer-menu\"", home, StringComparison.Ordinal);
        Assert.Contains("layanan satu pintu (<em>one gate services</em>)", Decoded(await visitor.GetStringAsync("/halaman/sekilas-tentang-pst")), StringComparison.Ordinal);
        Assert.Contains("0815-6770-1212", Decoded(await visitor.GetStringAsync("/halaman/pengaduan")), StringComparison.Ordinal);
        // An Indonesian reader arriving at an English page is sent to its translation; an English reader reads it.
        using var reader = Visitor();
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        foreach (var (english, indonesian) in new[] { ("/halaman/service-standard", "/halaman/standar-pelayanan"), ("/halaman/about-pst", "/halaman/sekilas-tentang-pst"), ("/halaman/complaints", "/halaman/pengaduan") })
        {
            Assert.Equal(indonesian, (await visitor.GetAsync(english)).Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(english)).StatusCode);
        }

        Assert.Contains("href=\"/halaman/service-standard\"", Decoded(await reader.GetStringAsync("/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applying_the_recipe_again_adds_nothing_and_keeps_what_an_editor_changed_saying_so()
    {
        var again = await ApplyDefaultRecipeAsync();
        Assert.Empty(again.Notes);
        var versions = await VersionCountAsync();

        using var editor = await EditorAsync();
        var about = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().SingleAsync(p => p.Slug == "sekilas-tentang-pst"));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, about.Id, "Sekilas tentang PST", "Teks dari redaksi.", "sekilas-tentang-pst")).StatusCode);
        await PublishAsync(editor, about.Id);
        await SaveMenuAsync(editor, "/admin/menu/footer/id", [("10", "Beranda", "", "/", "")]);

        var third = await ApplyDefaultRecipeAsync();
        Assert.Equal(2, third.Notes.Count);
        Assert.Contains(third.Notes, n => n.Message.Contains("changed by an editor", StringComparison.Ordinal) && n.Arguments.Contains("sekilas-tentang-pst"));
        Assert.Contains(third.Notes, n => n.Message.Contains("menu", StringComparison.Ordinal) && n.Arguments.Contains("footer"));
        Assert.Equal(versions + 1, await VersionCountAsync());
        using var visitor = Visitor();
        Assert.Contains("Teks dari redaksi.", await visitor.GetStringAsync("/halaman/sekilas-tentang-pst"), StringComparison.Ordinal);
        var footer = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<SiteMenus>().ItemsAsync(MenuName.Footer, PageLanguage.Indonesian));
        Assert.Equal(["Beranda"], footer.Select(i => i.Text));
    }

    [Fact]
    public async Task An_editor_keeps_the_menu_with_a_submenu_and_a_faulty_menu_changes_nothing()
    {
        using var editor = await EditorAsync();
        var draft = await CreatePageAsync(editor, "Belum Terbit", "Draf.", "belum-terbit");
        var standard = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().SingleAsync(p => p.Slug == "standar-pelayanan"));
        await SaveMenuAsync(editor, "/admin/menu/main/id",
        [
            ("10", "Layanan", "", "", ""),
            ("20", "Standar", standard.Id.ToString(), "", "10"),
            ("30", "Katalog produk", "", "/katalog", "10"),
            ("40", "Rahasia", draft.ToString(), "", ""),
            ("50", "BPS", "", "https://www.bps.go.id", ""),
        ]);

        using var visitor = Visitor();
        var home = Decoded(await visitor.GetStringAsync("/"));
        Assert.Matches("<button class=\"nav-link dropdown-toggle btn btn-link\" type=\"button\" id=\"submenu-0\"[^>]*>Layanan</button>\\s*<ul class=\"dropdown-menu\"[^>]*>\\s*<li><a class=\"dropdown-item\" href=\"/halaman/standar-pelayanan\"[^>]*>Standar</a></li>\\s*<li><a class=\"dropdown-item\" href=\"/katalog\"[^>]*>Katalog produk</a></li>", home);
        Assert.DoesNotContain("Rahasia", home, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.bps.go.id\"", home, StringComparison.Ordinal);
        // The queue's own entry is not in the editors' menu: it follows it, so the enabled module stays reachable.
        Assert.Contains("href=\"/antrian\"", home, StringComparison.Ordinal);

        var refused = Decoded(await (await PostMenuAsync(editor, "/admin/menu/main/id", [("10", "Jahat", "", "javascript:alert(1)", "")])).Content.ReadAsStringAsync());
        Assert.Contains("Entri 1: alamat diawali / untuk situs ini, atau http:// atau https://.", refused, StringComparison.Ordinal);
        var orphan = Decoded(await (await PostMenuAsync(editor, "/admin/menu/main/id", [("10", "Anak", "", "/katalog", "99")])).Content.ReadAsStringAsync());
        Assert.Contains("Entri 'Anak' ditempatkan di bawah posisi 99, yang bukan entri tingkat atas.", orphan, StringComparison.Ordinal);
        var kept = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<SiteMenus>().ItemsAsync(MenuName.Main, PageLanguage.Indonesian));
        Assert.Equal(["Layanan", "Standar", "Katalog produk", "Rahasia", "BPS"], kept.Select(i => i.Text));

        // The editor picks the parent from a list of the top-level entries, and asks for more rows without losing what was typed.
        var form = Decoded(await editor.Client.GetStringAsync("/admin/menu/main/id"));
        var under = System.Text.RegularExpressions.Regex.Match(form, "<select[^>]*name=\"Rows\\[1\\]\\.UnderPosition\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["(tingkat atas)", "10 · Layanan", "40 · Rahasia", "50 · BPS"], System.Text.RegularExpressions.Regex.Matches(under, "<option[^>]*>([^<]*)</option>").Select(m => m.Groups[1].Value));
        Assert.Contains("<option value=\"10\" selected=\"selected\">10 · Layanan</option>", under, StringComparison.Ordinal);
        Assert.Equal(5 + 3, System.Text.RegularExpressions.Regex.Matches(form, "name=\"Rows\\[\\d+\\]\\.Text\"").Count);
        var more = Decoded(await (await Forms.PostAsync(editor.Client, "/admin/menu/main/id?handler=AddRows",
        [
            .. kept.Select((item, i) => ($"Rows[{i}].Text", item.Text)).Concat(kept.Select((item, i) => ($"Rows[{i}].Position", ((i + 1) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            .. kept.Select((item, i) => ($"Rows[{i}].Url", item.Url ?? "")), .. kept.Select((item, i) => ($"Rows[{i}].PageId", item.PageId?.ToString() ?? "")),
            ("Rows[5].Position", "60"), ("Rows[5].Text", "Baru diketik"), ("Rows[5].Url", "/cari"),
        ])).Content.ReadAsStringAsync());
        Assert.Equal(6 + 3, System.Text.RegularExpressions.Regex.Matches(more, "name=\"Rows\\[\\d+\\]\\.Text\"").Count);
        Assert.Contains("value=\"Baru diketik\"", more, StringComparison.Ordinal);
        Assert.Equal(["Layanan", "Standar", "Katalog produk", "Rahasia", "BPS"], (await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<SiteMenus>().ItemsAsync(MenuName.Main, PageLanguage.Indonesian))).Select(i => i.Text));
    }

    [Fact]
    public async Task The_home_page_leads_to_ordering_the_queue_the_standard_complaints_and_verification_and_a_disabled_module_leaves_it()
    {
        using var visitor = Visitor();
        var home = Decoded(await visitor.GetStringAsync("/"));
        foreach (var entry in new[] { "entry-order", "entry-queue", "entry-standard", "entry-complaints", "entry-verify" })
        {
            Assert.Contains($"id=\"{entry}\"", home, StringComparison.Ordinal);
        }

        Assert.Contains("Pilih publikasi, data mikro, tabulasi data mikro atau peta digital wilayah kerja statistik dari katalog", home, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/verifikasi\"", home, StringComparison.Ordinal);
        var unknown = Decoded(await visitor.GetStringAsync("/verifikasi?nomor=INV-2026-99999"));
        Assert.Contains("Kantor ini tidak menerbitkan dokumen dengan nomor INV-2026-99999.", unknown, StringComparison.Ordinal);

        await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<FeatureManager>().DisableAsync("Pst.WalkIn"));
        var without = Decoded(await visitor.GetStringAsync("/"));
        Assert.DoesNotContain("id=\"entry-queue\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/antrian\"", without, StringComparison.Ordinal);
        Assert.Contains("id=\"entry-order\"", without, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faulty_pages_or_menus_step_is_refused_with_its_path_and_writes_nothing()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("pst-content-recipe-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "standar.md"), "<!-- part: price.walkIn -->\nRp1");
        await File.WriteAllTextAsync(Path.Combine(folder, "baik.md"), "Teks.");
        var recipe = Path.Combine(folder, "faulty.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "faulty", "steps": [
              { "name": "pages", "pages": [
                { "key": "baru", "kind": "article", "translations": [ { "language": "id", "slug": "halaman-baru-resep", "title": "Baru", "file": "baik.md" } ] },
                { "key": "standar", "kind": "serviceStandard", "translations": [
                  { "language": "id", "slug": "Bukan Alamat", "title": "Standar", "file": "standar.md" },
                  { "language": "xx", "slug": "standard", "title": "Standard", "file": "../../etc/passwd" } ] } ] },
              { "name": "menus", "menus": [ { "menu": "side", "language": "id", "items": [ { "text": "Jahat", "url": "javascript:alert(1)" } ] } ] } ] }
            """);
        var pagesBefore = await VersionCountAsync();

        var refused = await Assert.ThrowsAsync<RecipeRejectedException>(() => Factory.Services.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyFileAsync(recipe, "test")));
        var paths = refused.Errors.Select(e => e.Path).ToList();
        Assert.Contains("$.steps[0].pages[1].translations[0].slug", paths);
        Assert.Contains("$.steps[0].pages[1].translations[0].file", paths);
        Assert.Contains("$.steps[0].pages[1].translations[1].language", paths);
        Assert.Contains("$.steps[0].pages[1].translations[1].file", paths);
        Assert.Contains("$.steps[1].menus[0].menu", paths);
        Assert.Contains("$.steps[1].menus[0].items[0].url", paths);
        Assert.Equal(pagesBefore, await VersionCountAsync());
        using var visitor = Visitor();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/halaman/halaman-baru-resep")).StatusCode);
        System.IO.Directory.Delete(folder, recursive: true);
    }

    private Task<RecipeRun> ApplyDefaultRecipeAsync() => Factory.Services.InScopeAsync(sp =>
        sp.GetRequiredService<RecipeEngine>().ApplyFileAsync(
            DatabaseInitializer.DefaultRecipePath(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>()), "test"));

    private Task<int> VersionCountAsync() => Factory.Services.InScopeAsync(async sp =>
        (await sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().ToListAsync()).Sum(p => p.Versions.Count));

    private static async Task SaveMenuAsync(SiteSession editor, string url, (string Position, string Text, string PageId, string Url, string Under)[] rows) =>
        Assert.Equal(HttpStatusCode.Redirect, (await PostMenuAsync(editor, url, rows)).StatusCode);

    private static Task<HttpResponseMessage> PostMenuAsync(SiteSession editor, string url, (string Position, string Text, string PageId, string Url, string Under)[] rows) =>
        Forms.PostAsync(editor.Client, url, [.. rows.SelectMany((r, i) => new[]
        {
            ($"Rows[{i}].Position", r.Position), ($"Rows[{i}].Text", r.Text), ($"Rows[{i}].PageId", r.PageId), ($"Rows[{i}].Url", r.Url), ($"Rows[{i}].UnderPosition", r.Under),
        })]);
}

public sealed class SqliteSiteContentTests : SiteContentTests<SqliteAppFactory>;

public sealed class PostgreSqlSiteContentTests : SiteContentTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
