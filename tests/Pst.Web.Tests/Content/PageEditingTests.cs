using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Content.Pages;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>An editor writes, previews, publishes, edits, compares and restores a page; the public sees only what is published.</summary>
public abstract class PageEditingTests<TFactory> : ContentTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task A_draft_is_hidden_until_published_and_the_public_then_follows_each_publication()
    {
        using var editor = await EditorAsync();
        using var visitor = Visitor();
        var id = await CreatePageAsync(editor, "Jam Layanan", "Kami buka **Senin sampai Jumat**.\n\n<script>alert('x')</script><p onclick=\"steal()\">Klik</p>", "jam-layanan");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/halaman/jam-layanan")).StatusCode);

        var preview = await editor.Client.GetStringAsync($"/admin/halaman/{id}/pratinjau");
        Assert.Contains("<strong>Senin sampai Jumat</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("Versi ini tidak publik.", Decoded(preview), StringComparison.Ordinal);
        Assert.DoesNotContain("alert('x')", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", preview, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(editor, id)).StatusCode);
        var published = await visitor.GetStringAsync("/halaman/jam-layanan");
        Assert.Contains("<strong>Senin sampai Jumat</strong>", published, StringComparison.Ordinal);
        Assert.Contains("<title>Jam Layanan –", published, StringComparison.Ordinal);

        // A new version is a draft: the public keeps the published text until it is published in turn.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, id, "Jam Layanan", "Kami buka **Senin sampai Sabtu**.", "jam-layanan")).StatusCode);
        Assert.Contains("Senin sampai Jumat", await visitor.GetStringAsync("/halaman/jam-layanan"), StringComparison.Ordinal);
        var state = Decoded(await editor.Client.GetStringAsync($"/admin/halaman/{id}"));
        Assert.Contains("Publik melihat versi 1; versi terbaru adalah versi 2.", state, StringComparison.Ordinal);

        await PublishAsync(editor, id);
        var second = await visitor.GetStringAsync("/halaman/jam-layanan");
        Assert.Contains("Senin sampai Sabtu", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Senin sampai Jumat", second, StringComparison.Ordinal);

        // The difference between the two versions, line by line, and who saved them.
        var history = Decoded(await editor.Client.GetStringAsync($"/admin/halaman/{id}/riwayat?dari=1&ke=2"));
        Assert.Matches("<del class=\"diff-line diff-removed\">.*Kami buka \\*\\*Senin sampai Jumat\\*\\*\\.</del>", history);
        Assert.Matches("<ins class=\"diff-line diff-added\">.*Kami buka \\*\\*Senin sampai Sabtu\\*\\*\\.</ins>", history);
        Assert.Contains("redaksi@example.org", history, StringComparison.Ordinal);

        // Restoring version 1 makes it version 3, a draft until published.
        var restored = await Forms.PostAsync(editor.Client, $"/admin/halaman/{id}/riwayat?handler=Restore", ("number", "1"));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Senin sampai Sabtu", await visitor.GetStringAsync("/halaman/jam-layanan"), StringComparison.Ordinal);
        await PublishAsync(editor, id);
        Assert.Contains("Senin sampai Jumat", await visitor.GetStringAsync("/halaman/jam-layanan"), StringComparison.Ordinal);
        var versions = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal([1, 2, 3], versions.Versions.Select(v => v.Number).Order());
        Assert.Equal(versions.Version(1)!.Body, versions.Version(3)!.Body);
        Assert.Equal(3, versions.PublishedNumber);

        // Taken offline, the page answers 404 again.
        await PostHandlerAsync(editor, id, "Unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/halaman/jam-layanan")).StatusCode);
    }

    [Fact]
    public async Task Published_pages_come_from_the_output_cache_until_a_publication_empties_it()
    {
        using var editor = await EditorAsync();
        using var visitor = Visitor();
        var id = await CreatePageAsync(editor, "Tentang Cache", "Teks pertama.", "tentang-cache");
        await PublishAsync(editor, id);
        Assert.Contains("Teks pertama.", await visitor.GetStringAsync("/halaman/tentang-cache"), StringComparison.Ordinal);

        // Behind the site's back the stored text changes: the cached page is still served ...
        await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"Content_PageVersions\" SET \"Body\" = 'Teks kedua.' WHERE \"Body\" = 'Teks pertama.'"));
        Assert.Contains("Teks pertama.", await visitor.GetStringAsync("/halaman/tentang-cache"), StringComparison.Ordinal);

        // ... a signed-in editor is never served from the cache ...
        Assert.Contains("Teks kedua.", await editor.Client.GetStringAsync("/halaman/tentang-cache"), StringComparison.Ordinal);

        // ... and publishing (any page) empties the cache for everyone.
        var other = await CreatePageAsync(editor, "Halaman Lain", "Lain.", "halaman-lain");
        await PublishAsync(editor, other);
        Assert.Contains("Teks kedua.", await visitor.GetStringAsync("/halaman/tentang-cache"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_address_and_a_stale_save_are_refused_and_nothing_is_written()
    {
        using var editor = await EditorAsync();
        var id = await CreatePageAsync(editor, "Jadwal", "Satu.", "jadwal");
        var pagesBefore = await CountPagesAsync();

        var taken = Decoded(await (await Forms.PostAsync(editor.Client, "/admin/halaman/baru", ("Form.Title", "Jadwal Lain"), ("Form.Slug", "jadwal"), ("Form.Body", "Dua."), ("Form.Stamp", "0"))).Content.ReadAsStringAsync());
        Assert.Contains("Halaman lain dalam bahasa ini sudah memakai alamat 'jadwal'.", taken, StringComparison.Ordinal);
        Assert.Contains("Dua.", taken, StringComparison.Ordinal);
        Assert.Equal(pagesBefore, await CountPagesAsync());
        var untitled = Decoded(await (await Forms.PostAsync(editor.Client, "/admin/halaman/baru", ("Form.Title", " "), ("Form.Slug", "tanpa-judul"), ("Form.Body", "Tiga."), ("Form.Stamp", "0"))).Content.ReadAsStringAsync());
        Assert.Contains("Judul wajib diisi.", untitled, StringComparison.Ordinal);
        Assert.Contains("Tiga.", untitled, StringComparison.Ordinal);
        Assert.Equal(pagesBefore, await CountPagesAsync());

        var bad = Decoded(await (await SaveAsync(editor, id, "Jadwal", "Satu.", "Bukan Alamat!")).Content.ReadAsStringAsync());
        Assert.Contains("Alamat terdiri atas huruf kecil, angka dan tanda hubung tunggal", bad, StringComparison.Ordinal);

        // Two editors open the page; the first saves; the second's save (with the old stamp) is refused and their text stays in the form.
        var stampOpened = await StampAsync(editor, id);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, id, "Jadwal", "Versi editor pertama.", "jadwal")).StatusCode);
        var stale = Decoded(await (await SaveAsync(editor, id, "Jadwal", "Versi editor kedua.", "jadwal", stampOpened)).Content.ReadAsStringAsync());
        Assert.Contains("Orang lain menyimpan halaman ini pada saat yang sama.", stale, StringComparison.Ordinal);
        Assert.Contains("Versi editor kedua.", stale, StringComparison.Ordinal);
        var page = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("Versi editor pertama.", page.Latest.Body);
        Assert.Equal(2, page.Versions.Count);
    }

    [Fact]
    public async Task The_live_preview_renders_the_posted_text_as_the_public_page_would()
    {
        using var editor = await EditorAsync();
        var id = await CreatePageAsync(editor, "Pratinjau", "Lama.", "pratinjau-langsung");
        var fragment = await (await Forms.PostAsync(editor.Client, $"/admin/halaman/{id}?handler=Preview", ("Form.Title", "Pratinjau"), ("Form.Body", "## Baru\n\n[jahat](javascript:alert(1)) dan [situs](https://bps.go.id)"), ("Form.Stamp", "0"))).Content.ReadAsStringAsync();
        Assert.Contains("<h2 id=\"baru\">Baru</h2>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", fragment, StringComparison.Ordinal);
        Assert.Contains("href=\"https://bps.go.id\" rel=\"noopener noreferrer\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_editors_reach_the_editor_and_only_publishers_publish()
    {
        using var visitor = Visitor();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/admin/halaman")).StatusCode);

        using var customer = await SiteSession.CustomerAsync(Factory, "warga@example.org", "Warga Biasa", CustomerSegment.Individual);
        foreach (var url in new[] { "/admin/halaman", "/admin/halaman/baru", "/admin/menu" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await customer.StatusOfAsync(url));
        }

        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync("/admin/halaman"));

        // A writer without the publish permission saves drafts but cannot publish them.
        await SiteSession.CreateAccountAsync(Factory, "penulis@example.org", "rahasia-sekali-1");
        await Factory.Services.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<Pst.Core.Security.IRolePermissionStore>();
            await roles.SetAsync("Writer", ["admin.access", "content.edit"]);
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Pst.Data.Accounts.PstUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync("penulis@example.org"))!, "Writer");
        });
        using var writer = new SiteSession(Factory);
        await writer.SignInAsync("penulis@example.org", "rahasia-sekali-1");
        await writer.SetUpTwoFactorAsync();
        var id = await CreatePageAsync(writer, "Draf Penulis", "Isi.", "draf-penulis");
        Assert.DoesNotContain("id=\"publish\"", await writer.Client.GetStringAsync($"/admin/halaman/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishAsync(writer, id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/halaman/draf-penulis")).StatusCode);
    }

    [Fact]
    public async Task A_translation_is_linked_both_ways_and_the_home_page_blocks_are_edited_like_any_page()
    {
        using var editor = await EditorAsync();
        using var visitor = Visitor();
        var id = await CreatePageAsync(editor, "Jam Buka", "Senin sampai Jumat.", "jam-buka");
        var form = Decoded(await editor.Client.GetStringAsync($"/admin/halaman/baru?terjemahan={id}"));
        Assert.Contains("Senin sampai Jumat.", form, StringComparison.Ordinal);
        var english = await CreatePageAsync(editor, "Opening Hours", "Monday to Friday.", "opening-hours", $"/admin/halaman/baru?terjemahan={id}");
        Assert.Contains($"href=\"/admin/halaman/{english}\" id=\"translation-link\"", await editor.Client.GetStringAsync($"/admin/halaman/{id}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/halaman/{id}\" id=\"translation-link\"", await editor.Client.GetStringAsync($"/admin/halaman/{english}"), StringComparison.Ordinal);
        var second = Decoded(await (await Forms.PostAsync(editor.Client, $"/admin/halaman/baru?terjemahan={id}", ("Form.Title", "Again"), ("Form.Slug", "again"), ("Form.Body", "x"), ("Form.Stamp", "0"))).Content.ReadAsStringAsync());
        Assert.Contains("Halaman ini sudah memiliki terjemahan dalam bahasa itu.", second, StringComparison.Ordinal);
        await PublishAsync(editor, id);
        await PublishAsync(editor, english);
        Assert.Contains("href=\"/bahasa/en?returnUrl=%2Fhalaman%2Fopening-hours\"", await visitor.GetStringAsync("/halaman/jam-buka"), StringComparison.Ordinal);

        // The recipe's home page blocks: an announcement is added and published.
        var home = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().AsNoTracking().SingleAsync(p => p.Kind == PageKind.Home && p.Language == PageLanguage.Indonesian));
        var stamp = (await StampAsync(editor, home.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await Forms.PostAsync(editor.Client, $"/admin/halaman/{home.Id}", ("Form.Title", "Beranda"), ("Form.Slug", home.Slug), ("Form.Stamp", stamp),
            ("Form.Sections[intro]", home.Latest.Section("intro")), ("Form.Sections[announcement]", "Layanan **tutup** pada 25 Desember."), ("Form.Sections[order]", home.Latest.Section("order")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("tutup", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
        await PublishAsync(editor, home.Id);
        var published = await visitor.GetStringAsync("/");
        Assert.Contains("Layanan <strong>tutup</strong> pada 25 Desember.", published, StringComparison.Ordinal);
        // A block left empty shows the default text; the others keep the editor's.
        Assert.Contains("Di kantor: ambil nomor dan tunggu dipanggil ke loket.", Decoded(published), StringComparison.Ordinal);
        Assert.Contains("Pilih publikasi, data mikro, tabulasi data mikro atau peta digital wilayah kerja statistik dari katalog", Decoded(published), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/halaman/" + home.Slug)).StatusCode);
    }

    private Task<int> CountPagesAsync() =>
        Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Page>().CountAsync());
}

public sealed class SqlitePageEditingTests : PageEditingTests<SqliteAppFactory>;

public sealed class PostgreSqlPageEditingTests : PageEditingTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
