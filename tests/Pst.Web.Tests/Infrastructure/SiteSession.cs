using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Data.Accounts;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>One person's browser on the site (its own cookies, no automatic redirects) with the steps the tests repeat.</summary>
internal sealed partial class SiteSession(PstAppFactory factory) : IDisposable
{
    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An account with a confirmed e-mail and the given roles, made directly (the registration journey is tested on its own).</summary>
    public static async Task CreateAccountAsync(PstAppFactory factory, string email, string password, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
        var user = new PstUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }

    /// <summary>A signed-in customer whose profile is complete for requests (segment, domicile, institution, NPWP when a business).</summary>
    public static async Task<SiteSession> CustomerAsync(PstAppFactory factory, string email, string fullName, CustomerSegment segment, string? institution = null, Domicile domicile = Domicile.Indonesia, string password = "rahasia-sekali-1")
    {
        await CreateAccountAsync(factory, email, password, "Customer");
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.FullName = fullName;
            user.Segment = segment;
            user.Domicile = domicile;
            user.Institution = institution;
            user.Npwp = segment == CustomerSegment.PrivateBusiness ? "0123456789012345" : null;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        var session = new SiteSession(factory);
        await session.SignInAsync(email, password);
        return session;
    }

    /// <summary>A staff member with <paramref name="role"/>, signed in with two-factor sign-in already set up.</summary>
    public static async Task<SiteSession> StaffAsync(PstAppFactory factory, string email, string role, string password = "rahasia-sekali-1")
    {
        await CreateAccountAsync(factory, email, password, role);
        var session = new SiteSession(factory);
        await session.SignInAsync(email, password);
        await session.SetUpTwoFactorAsync();
        return session;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        Forms.PostAsync(Client, "/akun/masuk", ("Input.Email", email), ("Input.Password", password));

    public Task<HttpResponseMessage> SignOutAsync() => Forms.PostAsync(Client, "/akun/keluar");

    /// <summary>Turns on two-factor sign-in through the page, as a person with an authenticator app would; returns the key.</summary>
    public async Task<string> SetUpTwoFactorAsync()
    {
        var page = await Client.GetStringAsync("/akun/dua-langkah");
        var key = WebUtility.HtmlDecode(SharedKey().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(key), "The two-factor page shows no key.");
        var enabled = await (await Forms.PostAsync(Client, "/akun/dua-langkah?handler=Enable", ("Input.Code", Totp.Code(key)))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"recovery-codes\"", enabled, StringComparison.Ordinal);
        return key;
    }

    public static IReadOnlyList<string> RecoveryCodesIn(string page) =>
        RecoveryCodes().Match(page).Groups[1].Value.Split("<li>", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Replace("</li>", "", StringComparison.Ordinal).Trim()).Where(c => c.Length > 0).ToList();

    public async Task<HttpStatusCode> StatusOfAsync(string url) => (await Client.GetAsync(url)).StatusCode;

    public async Task<string?> RedirectOfAsync(string url) => (await Client.GetAsync(url)).Headers.Location?.OriginalString;

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("<kbd id=\"shared-key\">([^<]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<ul id=\"recovery-codes\"[^>]*>(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex RecoveryCodes();
}
