using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Pst.Browser.Tests.Chromium))]

namespace Pst.Browser.Tests;

/// <summary>
/// Debian's Chromium, headless, started once for the whole run: each site (<see cref="BrowserSite"/>) and each
/// person in a test gets a fresh context (its own cookies and storage) in it, which is what isolates them; a second
/// browser process per test class bought nothing but start-up time. Without <c>/usr/bin/chromium</c> nothing starts
/// and the tests skip (or fail under <c>PST_REQUIRE_BROWSER=1</c>, see <see cref="BrowserSite.SkipUnlessAvailable"/>).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool IsInstalled => File.Exists(Executable);

    public async ValueTask InitializeAsync()
    {
        if (!IsInstalled)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // The run is CPU-bound on two cores and Chromium is half of it: every page is drawn in software anyway, so
            // drawing and compositing in the browser process itself, and one renderer per context rather than one per
            // site, cut Chromium's CPU by about 15 % (docs/testing.md). The pages behave and look the same.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--in-process-gpu", "--disable-gpu-compositing", "--disable-software-rasterizer",
                "--disable-features=IsolateOrigins,site-per-process", "--disable-site-isolation-trials",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
