using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Features;
using Pst.TestModules.Notices;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Site;

/// <summary>The site through real HTTP, on each database provider.</summary>
public abstract class SiteTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private HttpClient _client = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _client = Factory.CreateClient();
    }

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task The_site_has_an_icon_at_its_root_and_pages_link_it()
    {
        var icon = await _client.GetAsync("/favicon.ico");
        Assert.Equal(System.Net.HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await icon.Content.ReadAsByteArrayAsync())[..4]);
        var home = await _client.GetStringAsync("/");
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home, StringComparison.Ordinal);
        Assert.Contains("favicon.svg", home, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAsync("/_content/Pst.Themes.Jateng/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_shows_the_office_from_the_default_recipe_applied_on_first_start()
    {
        var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("Pelayanan Statistik Terpadu BPS Provinsi Jawa Tengah", html, StringComparison.Ordinal);
        Assert.Contains("Jl. Pahlawan No. 6 Semarang 50241", html, StringComparison.Ordinal);
        Assert.Contains("www.lapor.go.id", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_recipe_loads_the_publications_catalogue_with_each_PDF_in_the_file_store()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<Pst.Core.Products.ICatalogueStore>().ListAsync("publication");
        var files = scope.ServiceProvider.GetRequiredService<Pst.Core.Files.IFileStore>();

        Assert.Equal(["jateng-dalam-angka-2026", "kesra-jateng-2025", "profil-kemiskinan-jateng-2026-03"], items.Select(i => i.Code).Order(StringComparer.Ordinal));
        foreach (var item in items)
        {
            await using var pdf = await files.OpenAsync(item.GetFileId("file")!);
            var header = new byte[5];
            await pdf!.ReadExactlyAsync(header);
            Assert.Equal("%PDF-"u8.ToArray(), header);
        }
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_a_localised_page()
    {
        var response = await _client.GetAsync("/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_serves_every_stylesheet_and_script_its_pages_link_to_from_this_site()
    {
        var html = await _client.GetStringAsync("/");
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/_content/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.EndsWith("/lib/bootstrap/css/bootstrap.min.css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith("/lib/htmx/htmx.min.js", StringComparison.Ordinal));
        Assert.DoesNotMatch("(?:href|src)=\"(?:https?:)?//", html);
        foreach (var asset in assets)
        {
            var response = await _client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Programmes_get_ProblemDetails_and_people_a_localised_page_without_the_failure_details()
    {
        var missing = await _client.GetAsync("/api/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, System.Text.Json.JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());

        var failed = await _client.GetAsync("/api/test-notices/failure");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret detail", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await _client.GetAsync("/test-notices/failure");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        var ready = await _client.GetAsync("/health/ready");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await _client.GetAsync("/");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_disabled_module_answers_404_and_comes_back_when_enabled_without_a_restart()
    {
        // The module's endpoint, the page of its area (from its Razor class library) and its menu entry.
        Assert.Equal("Pengumuman", await _client.GetStringAsync("/test-notices"));
        var page = await _client.GetStringAsync("/pengumuman");
        Assert.Contains("<h1 id=\"notices\">Pengumuman</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Jl. Pahlawan No. 6 Semarang 50241", page, StringComparison.Ordinal); // in the public theme
        Assert.Contains("href=\"/pengumuman\"", await _client.GetStringAsync("/"), StringComparison.Ordinal);

        await SwitchAsync(f => f.DisableAsync(NoticesTestModule.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/test-notices")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/pengumuman")).StatusCode);
        Assert.DoesNotContain("href=\"/pengumuman\"", await _client.GetStringAsync("/"), StringComparison.Ordinal);

        await SwitchAsync(f => f.EnableAsync(NoticesTestModule.Id));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/test-notices")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/pengumuman")).StatusCode);
        Assert.Contains("href=\"/pengumuman\"", await _client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private async Task SwitchAsync(Func<FeatureManager, Task> change)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<FeatureManager>());
    }
}

public sealed class SqliteSiteTests : SiteTests<SqliteAppFactory>;

public sealed class PostgreSqlSiteTests : SiteTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
