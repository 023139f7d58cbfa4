using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 (a port of its own, a SQLite database of its own), one per test class, seen
/// through the run's Chromium (<see cref="Tests.Chromium"/>). Without <c>/usr/bin/chromium</c> the tests skip, unless
/// <c>PST_REQUIRE_BROWSER=1</c> (set by CI) makes that a failure.
/// </summary>
public sealed class BrowserSite(Chromium chromium) : IAsyncLifetime
{
    private SqliteAppFactory? _site;

    public IBrowser Browser => chromium.Browser;

    public string BaseUrl { get; private set; } = "";

    public string MailDirectory => _site!.MailDirectory;

    /// <summary>The site's clock, moved forward when a test needs days to pass.</summary>
    public ShiftedClock Clock => _site!.Clock;

    /// <summary>The site's own directory (its database, files, and the synthetic microdata under <c>microdata/</c>).</summary>
    public string DataDirectory => _site!.Directory;

    /// <summary>The site's services, to prepare what a test needs (such as a staff account) without clicking through it.</summary>
    public IServiceProvider Services => _site!.Services;

    /// <summary>Where screenshots are kept: <c>TestResults/screenshots</c> beside the test assembly, or <c>PST_SCREENSHOTS</c>.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("PST_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static void SkipUnlessAvailable()
    {
        if (Tests.Chromium.IsInstalled)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("PST_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail($"PST_REQUIRE_BROWSER=1 but there is no browser at {Tests.Chromium.Executable} (install Debian's chromium).");
        }

        Assert.Skip($"No browser at {Tests.Chromium.Executable}: install Debian's chromium to run the browser tests.");
    }

    public async ValueTask InitializeAsync()
    {
        if (!Tests.Chromium.IsInstalled)
        {
            return;
        }

        _site = await PstAppFactory.CreateAsync<SqliteAppFactory>();
        _site.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        BaseUrl = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>A fresh browser profile (no cookies) with the site as its base address, set up as a browser in Indonesia would be.</summary>
    /// <param name="storageState">The cookies of an earlier profile (a signed-in person) to start from.</param>
    public Task<IBrowserContext> NewVisitorAsync(ViewportSize? viewport = null, string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "id-ID",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            StorageStatePath = storageState,
        });
}
