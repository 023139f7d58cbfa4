using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>A visitor searches the catalogue and opens a publication to see its price, in a real browser.</summary>
public sealed class CatalogueBrowsingTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_visitor_finds_a_publication_and_reads_its_itemised_price()
    {
        BrowserSite.SkipUnlessAvailable();
        await using var visitor = await site.NewVisitorAsync();
        var page = await visitor.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Katalog", Exact = true }).ClickAsync();
        await page.GetByLabel("Judul").FillAsync("dalam angka");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.GetByText("1 produk").WaitForAsync();
        await PageChecks.CheckAsync(page, "20-katalog");

        await page.GetByRole(AriaRole.Link, new() { Name = "Provinsi Jawa Tengah Dalam Angka 2026" }).ClickAsync();
        var total = page.Locator("#total");
        await total.WaitForAsync();
        Assert.Equal("Rp80.000,00", (await total.TextContentAsync())?.Trim());
        await PageChecks.CheckAsync(page, "21-katalog-publikasi");
    }
}
