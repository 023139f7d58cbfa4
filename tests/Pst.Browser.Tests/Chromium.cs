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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
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
