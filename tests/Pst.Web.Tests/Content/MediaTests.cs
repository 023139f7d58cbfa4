using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Content.Media;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>Images and PDFs for pages: checked by content, an image only with its alternative text, served from the file store into a page.</summary>
public abstract class MediaTests<TFactory> : ContentTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_image_needs_its_text_a_disguised_file_is_refused_and_an_accepted_image_shows_in_a_page()
    {
        using var editor = await EditorAsync();
        var filesBefore = StoredFiles();

        var withoutText = WebUtility.HtmlDecode(await (await Forms.UploadAsync(editor.Client, "/admin/media", "file", Png, "loket.png", "image/png", ("altText", " "))).Content.ReadAsStringAsync());
        Assert.Contains("Jelaskan gambar bagi pembaca yang tidak dapat melihatnya (teks alternatif).", withoutText, StringComparison.Ordinal);
        var disguised = WebUtility.HtmlDecode(await (await Forms.UploadAsync(editor.Client, "/admin/media", "file", "<html><script>alert(1)</script>"u8.ToArray(), "foto.png", "image/png", ("altText", "Foto"))).Content.ReadAsStringAsync());
        Assert.Contains("Hanya berkas PDF, JPEG atau PNG yang diterima.", disguised, StringComparison.Ordinal);
        Assert.Equal(filesBefore, StoredFiles());
        Assert.Equal(0, await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<MediaItem>().CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.UploadAsync(editor.Client, "/admin/media", "file", Png, "../../loket.png", "text/plain", ("altText", "Loket PST"))).StatusCode);
        var item = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync());
        Assert.Equal("image/png", item.ContentType);
        Assert.Equal("loket.png", item.Name);
        Assert.Equal("![Loket PST](" + item.Address + ")", item.Markdown);
        Assert.Contains(WebUtility.HtmlEncode(item.Markdown), await editor.Client.GetStringAsync("/admin/media"), StringComparison.Ordinal);
        // The editor's picker offers it.
        var newPage = await editor.Client.GetStringAsync("/admin/halaman/baru");
        Assert.Contains($"data-markdown=\"{WebUtility.HtmlEncode(item.Markdown)}\"", newPage, StringComparison.Ordinal);

        using var visitor = Visitor();
        var served = await visitor.GetAsync(item.Address);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(MediaAddresses.Prefix + Guid.NewGuid().ToString("N"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(MediaAddresses.Prefix + "..%2F..%2Fappsettings.json")).StatusCode);

        var id = await CreatePageAsync(editor, "Loket Kami", "Ini loket kami:\n\n" + item.Markdown, "loket-kami");
        await PublishAsync(editor, id);
        Assert.Contains($"<img src=\"{item.Address}\" alt=\"Loket PST\">", await visitor.GetStringAsync("/halaman/loket-kami"), StringComparison.Ordinal);
    }

    /// <summary>A 2×2 red PNG, another image to replace the first with.</summary>
    private static readonly byte[] RedPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4nGM4ISf3H4QZYAwARzQIDWbIDqkAAAAASUVORK5CYII=");

    [Fact]
    public async Task An_image_is_replaced_in_place_its_text_edited_and_deleted_only_once_no_page_shows_it()
    {
        using var editor = await EditorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.UploadAsync(editor.Client, "/admin/media", "file", Png, "loket.png", "image/png", ("altText", "Loket PST"))).StatusCode);
        var item = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync());
        var page = await CreatePageAsync(editor, "Loket Kami", "Ini loket kami:\n\n" + item.Markdown, "loket-kami");
        var files = StoredFiles();
        var url = $"/admin/media?id={item.Id}&handler=";

        // In use by a draft: not deleted, and the page is named.
        var refused = WebUtility.HtmlDecode(await (await Forms.PostAsync(editor.Client, url + "Delete")).Content.ReadAsStringAsync());
        Assert.Contains("Berkas ini tampil di Loket Kami; keluarkan dari halaman tersebut terlebih dahulu.", refused, StringComparison.Ordinal);

        // Replaced at the same address; a browser's copy is found stale by its tag; the old file is gone; a PDF cannot take an image's place.
        using var visitor = Visitor();
        var first = await visitor.GetAsync(item.Address);
        var tag = first.Headers.ETag!;
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.UploadAsync(editor.Client, url + "Replace", "file", RedPng, "loket-baru.png", "image/png")).StatusCode);
        using (var again = new HttpRequestMessage(HttpMethod.Get, item.Address))
        {
            again.Headers.IfNoneMatch.Add(tag);
            var fresh = await visitor.SendAsync(again);
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.Equal(RedPng, await fresh.Content.ReadAsByteArrayAsync());
            using var same = new HttpRequestMessage(HttpMethod.Get, item.Address);
            same.Headers.IfNoneMatch.Add(fresh.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(same)).StatusCode);
        }

        Assert.Equal(files, StoredFiles());
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        Assert.Contains("Ganti gambar dengan gambar, dan PDF dengan PDF", WebUtility.HtmlDecode(await (await Forms.UploadAsync(editor.Client, url + "Replace", "file", pdf, "x.pdf", "application/pdf")).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(files, StoredFiles());

        // The text: an empty one refused, a new one kept and used for the next page that puts the image in.
        Assert.Contains("Jelaskan gambar bagi pembaca", WebUtility.HtmlDecode(await (await Forms.PostAsync(editor.Client, url + "AltText", ("altText", " "))).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await Forms.PostAsync(editor.Client, url + "AltText", ("altText", "Loket PST lantai 1"));
        Assert.Contains(WebUtility.HtmlEncode($"![Loket PST lantai 1]({item.Address})"), await editor.Client.GetStringAsync("/admin/media"), StringComparison.Ordinal);

        // Out of the page, it can go: record, file and address.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(editor, page, "Loket Kami", "Loket kami di lantai 1.", "loket-kami")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(editor.Client, url + "Delete")).StatusCode);
        Assert.Equal(files - 1, StoredFiles());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(item.Address)).StatusCode);
    }

    [Fact]
    public async Task A_pdf_goes_without_alternative_text_and_only_editors_upload()
    {
        using var editor = await EditorAsync();
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.UploadAsync(editor.Client, "/admin/media", "file", pdf, "Brosur PST.pdf", "application/pdf")).StatusCode);
        var item = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync());
        Assert.Equal("[Brosur PST.pdf](" + item.Address + ")", item.Markdown);
        using var visitor = Visitor();
        var served = await visitor.GetAsync(item.Address);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", served.Content.Headers.ContentDisposition?.DispositionType);

        using var customer = await SiteSession.CustomerAsync(Factory, "warga2@example.org", "Warga Dua", CustomerSegment.Individual);
        Assert.Equal(HttpStatusCode.Forbidden, await customer.StatusOfAsync("/admin/media"));
    }

    private int StoredFiles()
    {
        var root = Path.Combine(Factory.Directory, "files");
        return System.IO.Directory.Exists(root) ? System.IO.Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;
    }
}

public sealed class SqliteMediaTests : MediaTests<SqliteAppFactory>;

public sealed class PostgreSqlMediaTests : MediaTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
