using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>Steps several journeys take the same way, in the pages of the Indonesian staff area.</summary>
internal static class BrowserSteps
{
    /// <summary>The officer, on the request's page, accepts the written data-use abstract, records the requirements complete and sends the offer.</summary>
    public static async Task AcceptAbstractAndOfferAsync(IPage officer)
    {
        await officer.Locator("#document-data-use-abstract").GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nyatakan persyaratan lengkap" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#state")).ToContainTextAsync("Diperiksa pengguna layanan");
    }

    /// <summary>Clicks a link that downloads a file and returns the file's bytes.</summary>
    public static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }
}
