using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pst.Data.Accounts;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>
/// The waiting room in Chromium with three pages open at once: the kiosk gives a number, the display board shows
/// the call the moment the counter's console makes it, and the visitor's ticket page says where to go. The kiosk,
/// the ticket and the board pass axe-core; screenshots are kept.
/// </summary>
public sealed class WalkInQueueTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_number_taken_at_the_kiosk_is_called_on_the_board_and_the_ticket_says_where_to_go()
    {
        BrowserSite.SkipUnlessAvailable();
        const string email = "frontoffice.browser@example.org";
        const string password = "kata sandi front office";
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
            var user = new PstUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Dewi", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "FrontOffice")).Succeeded);
        }

        await using var kioskBrowser = await site.NewVisitorAsync(new ViewportSize { Width = 1080, Height = 1920 });
        await using var boardBrowser = await site.NewVisitorAsync(new ViewportSize { Width = 1920, Height = 1080 });
        await using var staffBrowser = await site.NewVisitorAsync();

        var kiosk = await kioskBrowser.NewPageAsync();
        await kiosk.GotoAsync("/antrian");
        await PageChecks.CheckAsync(kiosk, "70-kios");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Perpustakaan" }).ClickAsync();
        await Assertions.Expect(kiosk.Locator("#ticket-number")).ToHaveTextAsync("C001");
        await PageChecks.CheckAsync(kiosk, "71-kios-nomor");

        var board = await boardBrowser.NewPageAsync();
        await board.GotoAsync("/antrian/layar");
        await Assertions.Expect(board.Locator("#connection")).ToHaveTextAsync("Tersambung");
        await PageChecks.CheckAsync(board, "72-layar-antrian");

        var console = await staffBrowser.NewPageAsync();
        await console.GotoAsync("/akun/masuk");
        await console.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await console.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await console.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await console.Locator("#two-factor-required").WaitForAsync();
        await console.GetByLabel("Kode dari aplikasi").FillAsync(Totp.Code((await console.Locator("#shared-key").TextContentAsync())!));
        await console.GetByRole(AriaRole.Button, new() { Name = "Aktifkan masuk dua langkah" }).ClickAsync();
        await console.Locator("#recovery-codes").WaitForAsync();
        await console.GotoAsync("/admin/antrian?loket=loket-2");
        await PageChecks.CheckAsync(console, "73-konsol-antrian");
        await console.GetByRole(AriaRole.Button, new() { Name = "Panggil pengunjung berikutnya" }).ClickAsync();
        await console.Locator("#active-ticket").WaitForAsync();

        // The board shows the call without reloading; the ticket page, polling, says where to go.
        await Assertions.Expect(board.Locator("#now-number")).ToHaveTextAsync("C001");
        await Assertions.Expect(board.Locator("#now-counter")).ToHaveTextAsync("Loket 2");
        await PageChecks.CheckAsync(board, "74-layar-dipanggil");
        await Assertions.Expect(kiosk.Locator("#ticket-status")).ToContainTextAsync("Silakan menuju Loket 2.", new() { Timeout = 10_000 });
    }
}
