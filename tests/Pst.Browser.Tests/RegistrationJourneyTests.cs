using Microsoft.Playwright;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>A new customer registers, confirms by the e-mailed link and signs in: in Indonesian, then in English, and on a phone.</summary>
public sealed class RegistrationJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_new_customer_registers_confirms_and_signs_in_in_Indonesian_and_then_in_English()
    {
        BrowserSite.SkipUnlessAvailable();
        await using var visitor = await site.NewVisitorAsync();
        var page = await visitor.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));
        await PageChecks.CheckAsync(page, "01-beranda");

        await JourneyAsync(page, "sari@example.org", new Texts(
            Register: "Daftar", FullName: "Nama lengkap", Email: "Email", Password: "Kata sandi", ConfirmPassword: "Ulangi kata sandi",
            CreateAccount: "Buat akun", CheckMail: "Periksa email Anda", Confirmed: "Email terkonfirmasi", SignIn: "Masuk",
            SignedIn: "Masuk sebagai sari@example.org", SignOut: "Keluar", MailSubject: "Aktifkan akun Anda"), "id");

        // The visible switch changes the language, and the choice is kept by a cookie.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GotoAsync("/akun/masuk");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await JourneyAsync(page, "john@example.org", new Texts(
            Register: "Register", FullName: "Full name", Email: "Email", Password: "Password", ConfirmPassword: "Confirm password",
            CreateAccount: "Create account", CheckMail: "Check your email", Confirmed: "Email confirmed", SignIn: "Sign in",
            SignedIn: "Signed in as john@example.org", SignOut: "Sign out", MailSubject: "Activate your account"), "en");
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_away_and_opens_to_sign_in()
    {
        BrowserSite.SkipUnlessAvailable();
        await using var visitor = await site.NewVisitorAsync(new ViewportSize { Width = 390, Height = 844 });
        var page = await visitor.NewPageAsync();
        await page.GotoAsync("/");

        var signIn = page.GetByRole(AriaRole.Link, new() { Name = "Masuk", Exact = true });
        Assert.False(await signIn.IsVisibleAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan menu" }).ClickAsync();
        await signIn.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await PageChecks.CheckAsync(page, "10-ponsel-menu");

        // No horizontal scrolling on a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await signIn.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Masuk" }).WaitForAsync();
        await PageChecks.CheckAsync(page, "11-ponsel-masuk");
    }

    private sealed record Texts(
        string Register, string FullName, string Email, string Password, string ConfirmPassword, string CreateAccount,
        string CheckMail, string Confirmed, string SignIn, string SignedIn, string SignOut, string MailSubject);

    private async Task JourneyAsync(IPage page, string email, Texts text, string language)
    {
        const string password = "kalimat rahasia yang panjang";
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = text.Register, Exact = true }).ClickAsync();
        await page.GetByLabel(text.FullName).FillAsync("Sari Wulandari");
        await page.GetByLabel(text.Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(text.Password, new() { Exact = true }).FillAsync(password);
        await page.GetByLabel(text.ConfirmPassword).FillAsync(password);
        await PageChecks.CheckAsync(page, $"{language}-02-daftar");
        await page.GetByRole(AriaRole.Button, new() { Name = text.CreateAccount }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = text.CheckMail }).WaitForAsync();
        await PageChecks.CheckAsync(page, $"{language}-03-periksa-email");

        var mail = await Mailbox.WaitForAsync(site.MailDirectory, email, text.MailSubject);
        await page.GotoAsync(Mailbox.LinkIn(mail));
        await page.GetByRole(AriaRole.Heading, new() { Name = text.Confirmed }).WaitForAsync();
        await PageChecks.CheckAsync(page, $"{language}-04-terkonfirmasi");

        await page.Locator("#main").GetByRole(AriaRole.Link, new() { Name = text.SignIn, Exact = true }).ClickAsync();
        await page.GetByLabel(text.Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(text.Password, new() { Exact = true }).FillAsync(password);
        await PageChecks.CheckAsync(page, $"{language}-05-masuk");
        await page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = text.SignIn, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = text.SignedIn }).WaitForAsync();
        await PageChecks.CheckAsync(page, $"{language}-06-sudah-masuk");

        await page.GetByRole(AriaRole.Button, new() { Name = text.SignOut }).ClickAsync();
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = text.Register, Exact = true }).WaitForAsync();
    }
}
