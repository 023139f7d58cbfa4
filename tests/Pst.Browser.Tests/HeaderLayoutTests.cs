using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>
/// Signed in as the administrator (who holds every permission, so the longest menu) with a long address, every link
/// and button of the header is on the screen and can be clicked, on the public site and in the staff area, on a
/// 1280 and a 1366 pixel wide screen and on a phone (where the menu opens from its button first).
/// </summary>
public sealed class HeaderLayoutTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Every_header_link_is_on_screen_and_clickable_at_desktop_and_phone_widths()
    {
        BrowserSite.SkipUnlessAvailable();
        const string email = "kepala.kantor.pelayanan.statistik@example.org";
        await BrowserPeople.CreateAsync(site, email, "Kepala Kantor", "Administrator");
        await using (var signIn = await site.NewVisitorAsync())
        {
            await BrowserPeople.SignInAsync(signIn, email, staff: true);
            await signIn.StorageStateAsync(new() { Path = StatePath });
        }

        foreach (var (width, height) in new[] { (1280, 800), (1366, 768), (390, 844) })
        {
            await using var browser = await site.NewVisitorAsync(new ViewportSize { Width = width, Height = height }, StatePath);
            var page = await browser.NewPageAsync();
            foreach (var path in new[] { "/", "/admin" })
            {
                await page.GotoAsync(path);
                var header = page.Locator("header").First;
                var toggler = header.Locator(".navbar-toggler");
                if (await toggler.IsVisibleAsync())
                {
                    await toggler.ClickAsync();
                    await header.Locator(".navbar-collapse.show").WaitForAsync();
                }

                var items = header.Locator("a:not(.dropdown-item), button:not(.navbar-toggler)");
                var count = await items.CountAsync();
                Assert.True(count >= 6, $"{path} at {width}px: only {count} header items");
                for (var i = 0; i < count; i++)
                {
                    var item = items.Nth(i);
                    var name = (await item.TextContentAsync())?.Trim();
                    var box = await item.BoundingBoxAsync();
                    Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 0.5, $"{path} at {width}px: '{name}' is off the screen ({box?.X:0}+{box?.Width:0})");
                    await item.ClickAsync(new() { Trial = true, Timeout = 2_000 });
                }

                await PageChecks.CheckAsync(page, $"90-kepala-{width}{(path == "/" ? "-publik" : "-staf")}");
            }
        }
    }

    private static string StatePath => Path.Combine(Path.GetTempPath(), $"pst-header-{Environment.ProcessId}.json");
}
