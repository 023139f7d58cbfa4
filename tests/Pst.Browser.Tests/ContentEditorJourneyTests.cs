using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>
/// A content editor in Chromium: draft with the keyboard → live preview → preview → publish → a visitor reads it →
/// edit → difference → restore; an image put in with the picker; a customer kept out; the public pages (home, service
/// standard, search) pass axe-core and load nothing from another host.
/// </summary>
public sealed class ContentEditorJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_editor_drafts_previews_publishes_edits_compares_and_restores_while_visitors_see_only_what_is_published()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "redaksi.browser@example.org", "Dewi Redaksi", "ContentEditor");
        await using var editorBrowser = await site.NewVisitorAsync();
        var editor = await BrowserPeople.SignInAsync(editorBrowser, "redaksi.browser@example.org", staff: true);
        await using var visitorBrowser = await site.NewVisitorAsync();
        var visitor = await visitorBrowser.NewPageAsync();

        // An image first, with its alternative text.
        await editor.GotoAsync("/admin/media");
        await editor.GetByLabel("Gambar (JPEG, PNG) atau PDF").SetInputFilesAsync(new FilePayload { Name = "loket.png", MimeType = "image/png", Buffer = Png });
        await editor.GetByLabel("Teks alternatif (wajib untuk gambar)").FillAsync("Loket PST");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await editor.Locator("#notice").WaitForAsync();
        await PageChecks.CheckAsync(editor, "50-media");

        // A draft written with the keyboard: Ctrl+B makes the next words bold; the live preview follows.
        await editor.GotoAsync("/admin/halaman");
        await PageChecks.CheckAsync(editor, "51-halaman");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Halaman baru", Exact = true }).ClickAsync();
        await editor.GetByLabel("Judul").FillAsync("Jam Layanan PST");
        await editor.GetByLabel("Alamat").FillAsync("jam-layanan-pst");
        var body = editor.GetByLabel("Teks", new() { Exact = true });
        await body.FocusAsync();
        await editor.Keyboard.TypeAsync("Kami buka ");
        await editor.Keyboard.PressAsync("Control+B");
        await editor.Keyboard.TypeAsync("Senin sampai Jumat");
        await editor.Keyboard.PressAsync("End");
        await editor.Keyboard.TypeAsync(".\n\n");
        await editor.Locator("#live-preview strong").Filter(new() { HasText = "Senin sampai Jumat" }).WaitForAsync();

        // The picker, by keyboard: the toolbar's button opens a modal dialog, Enter on a file inserts it.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gambar/berkas" }).First.FocusAsync();
        await editor.Keyboard.PressAsync("Enter");
        var picker = editor.Locator("#media-picker");
        await picker.WaitForAsync();
        await editor.Keyboard.PressAsync("Enter");
        await picker.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Matches(new Regex(@"!\[Loket PST\]\(/media/[0-9a-f]{32}\)"), await body.InputValueAsync());
        await editor.Locator("#live-preview img[alt='Loket PST']").WaitForAsync();
        await PageChecks.CheckAsync(editor, "52-halaman-baru");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await editor.Locator("#publication").GetByText("Draf").WaitForAsync();
        var editorUrl = editor.Url;

        Assert.Equal(404, (await visitor.GotoAsync("/halaman/jam-layanan-pst"))!.Status);

        await editor.GetByRole(AriaRole.Link, new() { Name = "Pratinjau" }).ClickAsync();
        await editor.Locator("#preview-banner").GetByText("Versi ini tidak publik.").WaitForAsync();
        Assert.Equal("Senin sampai Jumat", await editor.Locator("#page strong").TextContentAsync());
        await PageChecks.CheckAsync(editor, "53-pratinjau");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Kembali ke editor" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan versi 1" }).ClickAsync();
        await editor.Locator("#notice").WaitForAsync();

        Assert.Equal(200, (await visitor.GotoAsync("/halaman/jam-layanan-pst"))!.Status);
        Assert.Equal("Senin sampai Jumat", await visitor.Locator("#page strong").TextContentAsync());
        await visitor.Locator("#page img[alt='Loket PST']").WaitForAsync();

        // A second version stays a draft; the public keeps version 1.
        await editor.GotoAsync(editorUrl);
        await body.FillAsync("Kami buka **Senin sampai Sabtu**.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai versi baru" }).ClickAsync();
        await editor.Locator("#publication").GetByText("Perubahan belum diterbitkan").WaitForAsync();
        await visitor.ReloadAsync();
        Assert.Equal("Senin sampai Jumat", await visitor.Locator("#page strong").TextContentAsync());

        await editor.GetByRole(AriaRole.Link, new() { Name = "Riwayat dan perbedaan" }).ClickAsync();
        await editor.Locator("#diff del").Filter(new() { HasText = "Senin sampai Jumat" }).WaitForAsync();
        await editor.Locator("#diff ins").Filter(new() { HasText = "Senin sampai Sabtu" }).WaitForAsync();
        await PageChecks.CheckAsync(editor, "54-riwayat");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Pulihkan versi 1" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan versi 3" }).ClickAsync();
        await editor.Locator("#publication").GetByText("Publik melihat versi 3.").WaitForAsync();
        await visitor.ReloadAsync();
        Assert.Equal("Senin sampai Jumat", await visitor.Locator("#page strong").TextContentAsync());

        await editor.GotoAsync("/admin/menu");
        await editor.Locator("#menu-rows").WaitForAsync();
        await PageChecks.CheckAsync(editor, "58-menu");

        // A customer never reaches the editor.
        await BrowserPeople.CreateAsync(site, "pembaca.browser@example.org", "Pembaca Biasa", "Customer");
        await using var customerBrowser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(customerBrowser, "pembaca.browser@example.org");
        Assert.Equal(403, (await customer.GotoAsync("/admin/halaman"))!.Status);
    }

    [Theory]
    [InlineData("/", "55-beranda")]
    [InlineData("/halaman/standar-pelayanan", "56-standar-pelayanan")]
    [InlineData("/cari?q=nomor+antrian", "57-cari")]
    public async Task Public_content_pages_pass_axe_and_ask_no_other_host_for_anything(string address, string screenshot)
    {
        BrowserSite.SkipUnlessAvailable();
        await using var browser = await site.NewVisitorAsync();
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await PageChecks.CheckAsync(page, screenshot);
        Assert.NotEmpty(requested);
        Assert.All(requested.Where(u => !u.StartsWith("data:", StringComparison.Ordinal)), url => Assert.StartsWith(site.BaseUrl + "/", url, StringComparison.Ordinal));
        // The site's policy would block another host silently (no request is made), so the page's own references are read too.
        var referenced = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src]')].map(e => e.src || e.href)");
        Assert.NotEmpty(referenced);
        Assert.All(referenced, url => Assert.StartsWith(site.BaseUrl + "/", url, StringComparison.Ordinal));
    }
}
