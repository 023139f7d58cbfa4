using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pst.Data.Accounts;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>An administrator sets up two-factor sign-in in the browser and goes through every staff screen, each checked with axe-core.</summary>
public sealed class StaffAreaTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task An_administrator_sets_up_two_factor_sign_in_and_every_staff_screen_passes_the_accessibility_check()
    {
        BrowserSite.SkipUnlessAvailable();
        const string email = "kepala.browser@example.org";
        const string password = "kata sandi kepala kantor";
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
            var admin = new PstUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Kepala Kantor", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(admin, password)).Succeeded);
            Assert.True((await users.AddToRolesAsync(admin, ["Administrator", "Officer"])).Succeeded);
        }

        await using var browser = await site.NewVisitorAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();

        // Held at the two-factor setup: scan (here: read) the key, type the app's code, keep the recovery codes.
        await page.Locator("#two-factor-required").WaitForAsync();
        await PageChecks.CheckAsync(page, "30-staf-dua-langkah");
        var key = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.GetByLabel("Kode dari aplikasi").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan masuk dua langkah" }).ClickAsync();
        await page.Locator("#recovery-codes").WaitForAsync();
        await PageChecks.CheckAsync(page, "31-staf-kode-pemulihan");

        foreach (var (url, name) in new[]
        {
            ("/admin", "32-staf-beranda"), ("/admin/pengguna", "33-staf-pengguna"), ("/admin/peran", "34-staf-peran"),
            ("/admin/peran/Officer", "35-staf-peran-petugas"), ("/admin/modul", "36-staf-modul"), ("/admin/tarif", "37-staf-tarif"),
            ("/admin/tarif/ubah?peraturan=PP%207%2F2015", "38-staf-tarif-ubah"), ("/admin/alur-permintaan", "39-staf-alur-permintaan"),
            ("/admin/antrian/pengaturan", "40-staf-loket-layanan"), ("/admin/pengguna/undang", "41-staf-undang"), ("/admin/tarif/baru", "42-staf-tarif-baru"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await PageChecks.CheckAsync(page, name);
        }
    }
}
