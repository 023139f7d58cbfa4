using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pst.Core.Kernel;
using Pst.Data.Accounts;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>The people of a journey: accounts made directly (registration has its own test), then signed in through the pages.</summary>
internal static class BrowserPeople
{
    public const string Password = "kata sandi yang panjang";

    public static async Task CreateAsync(BrowserSite site, string email, string name, string role, CustomerSegment? segment = null, string? institution = null)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
        var user = new PstUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = name, CreatedAt = DateTimeOffset.UtcNow,
            Segment = segment, Institution = institution, Domicile = Domicile.Indonesia,
            Npwp = segment == CustomerSegment.PrivateBusiness ? "0123456789012345" : null,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>Signs in through the page; staff set up two-factor sign-in with a code computed from the shown key.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext browser, string email, bool staff = false)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(Password);
        await page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        if (staff)
        {
            await page.Locator("#two-factor-required").WaitForAsync();
            await page.GetByLabel("Kode dari aplikasi").FillAsync(Totp.Code((await page.Locator("#shared-key").TextContentAsync())!));
            await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan masuk dua langkah" }).ClickAsync();
            await page.Locator("#recovery-codes").WaitForAsync();
        }

        return page;
    }
}
