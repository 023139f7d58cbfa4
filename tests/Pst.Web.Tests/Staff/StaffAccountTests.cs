using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pst.Data.Accounts;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Staff;

/// <summary>
/// An administrator manages staff accounts over HTTP: invites one by e-mail, deactivates one (its open session ends
/// at once) and reactivates it, resets its two-factor sign-in, sends it a password-reset link; each act is listed
/// on the account's page with who did it. A lockout after failed sign-ins says until when.
/// </summary>
public sealed partial class StaffAccountTests : SiteTestBase<SqliteAppFactory>
{
    private const string Password = "rahasia-sekali-1";

    private Task<SiteSession> AdministratorAsync() => SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator");

    private async Task<string> IdOfAsync(string email) =>
        await Factory.Services.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<PstUser>>().FindByEmailAsync(email))!.Id);

    private static async Task<string> TextOfAsync(SiteSession session, string url) => WebUtility.HtmlDecode(await session.Client.GetStringAsync(url));

    [Fact]
    public async Task An_invited_staff_member_chooses_a_password_from_the_e_mail_and_must_set_up_two_factor_sign_in()
    {
        using var admin = await AdministratorAsync();
        var refused = WebUtility.HtmlDecode(await (await Forms.PostAsync(admin.Client, "/admin/pengguna/undang", ("Input.Email", "rina@example.org"), ("Input.FullName", "Rina Wulandari"))).Content.ReadAsStringAsync());
        Assert.Contains("Pilih sedikitnya satu peran.", refused, StringComparison.Ordinal);

        var invited = await Forms.PostAsync(admin.Client, "/admin/pengguna/undang", ("Input.Email", "rina@example.org"), ("Input.FullName", "Rina Wulandari"), ("Input.Roles", "Officer"));
        var accountUrl = invited.Headers.Location!.OriginalString;
        Assert.Equal($"/admin/pengguna/{await IdOfAsync("rina@example.org")}", accountUrl);
        var page = await TextOfAsync(admin, accountUrl);
        Assert.Contains("Undangan telah dikirim ke rina@example.org.", page, StringComparison.Ordinal);
        Assert.Matches("Diundang — kepala@example.org", page);
        Assert.Contains("Sudah ada akun dengan e-mail ini", WebUtility.HtmlDecode(await (await Forms.PostAsync(admin.Client, "/admin/pengguna/undang", ("Input.Email", "rina@example.org"), ("Input.FullName", "Rina"), ("Input.Roles", "Officer"))).Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "rina@example.org", "Undangan ke area staf PST");
        var link = Mailbox.LinkIn(mail);
        using var rina = new SiteSession(Factory);
        Assert.Contains("id=\"reset\"", await (await Forms.PostAsync(rina.Client, link, ("Input.NewPassword", Password), ("Input.ConfirmPassword", Password))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await rina.SignInAsync("rina@example.org", Password)).StatusCode);
        Assert.Equal("/akun/dua-langkah", await rina.RedirectOfAsync("/admin/permintaan"));
        await rina.SetUpTwoFactorAsync();
        Assert.Equal(HttpStatusCode.OK, await rina.StatusOfAsync("/admin/permintaan"));
    }

    [Fact]
    public async Task A_deactivated_account_s_open_session_ends_at_once_and_it_cannot_sign_in_until_reactivated()
    {
        using var admin = await AdministratorAsync();
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/admin/permintaan"));
        var accountUrl = $"/admin/pengguna/{await IdOfAsync("petugas@example.org")}";

        Assert.Equal(accountUrl, (await Forms.PostAsync(admin.Client, accountUrl + "?handler=Deactivate")).Headers.Location?.OriginalString);
        Assert.Equal("/akun/masuk", await officer.RedirectOfAsync("/admin/permintaan"));
        Assert.EndsWith("/akun/masuk?ReturnUrl=%2Fadmin%2Fpermintaan", await officer.RedirectOfAsync("/admin/permintaan")); // signed out, not merely sent away
        var signInResponse = await officer.SignInAsync("petugas@example.org", Password);
        Assert.True(signInResponse.StatusCode == HttpStatusCode.OK, $"{signInResponse.StatusCode} {signInResponse.Headers.Location}");
        var signIn = WebUtility.HtmlDecode(await signInResponse.Content.ReadAsStringAsync());
        Assert.Equal("Akun ini dinonaktifkan. Hubungi administrator kantor.", ErrorIn(signIn));
        Assert.Contains(">Dinonaktifkan</span>", await TextOfAsync(admin, "/admin/pengguna?q=petugas"), StringComparison.Ordinal);

        // One's own account cannot be deactivated.
        var own = $"/admin/pengguna/{await IdOfAsync("kepala@example.org")}";
        await Forms.PostAsync(admin.Client, own + "?handler=Deactivate");
        Assert.Contains("Anda tidak dapat menonaktifkan akun Anda sendiri.", await TextOfAsync(admin, own), StringComparison.Ordinal);

        await Forms.PostAsync(admin.Client, accountUrl + "?handler=Reactivate");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SignInAsync("petugas@example.org", Password)).StatusCode);
        var history = await TextOfAsync(admin, accountUrl);
        Assert.Contains("Akun aktif kembali.", history, StringComparison.Ordinal);
        Assert.Equal(["Diaktifkan kembali — kepala@example.org", "Dinonaktifkan — kepala@example.org"], HistoryIn(history));
    }

    [Fact]
    public async Task Two_factor_reset_ends_the_session_and_asks_for_a_new_setup_and_a_reset_link_sets_a_new_password()
    {
        using var admin = await AdministratorAsync();
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var accountUrl = $"/admin/pengguna/{await IdOfAsync("petugas@example.org")}";

        await Forms.PostAsync(admin.Client, accountUrl + "?handler=ResetTwoFactor");
        Assert.Equal("/akun/masuk", await officer.RedirectOfAsync("/admin/permintaan"));
        var signedIn = await officer.SignInAsync("petugas@example.org", Password);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString); // no code asked: two-factor sign-in is off
        Assert.Equal("/akun/dua-langkah", await officer.RedirectOfAsync("/admin/permintaan"));
        await officer.SetUpTwoFactorAsync();

        await Forms.PostAsync(admin.Client, accountUrl + "?handler=PasswordReset");
        var link = Mailbox.LinkIn(await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", "Atur ulang kata sandi Anda"));
        using var browser = new SiteSession(Factory);
        Assert.Contains("id=\"reset\"", await (await Forms.PostAsync(browser.Client, link, ("Input.NewPassword", "sandi-baru-petugas-1"), ("Input.ConfirmPassword", "sandi-baru-petugas-1"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/akun/masuk", await officer.RedirectOfAsync("/admin/permintaan")); // the old session ends with the old password
        Assert.Equal("/akun/masuk/kode?rememberMe=False", (await browser.SignInAsync("petugas@example.org", "sandi-baru-petugas-1")).Headers.Location?.OriginalString);

        Assert.Equal(["Tautan atur ulang kata sandi dikirim — kepala@example.org", "Masuk dua langkah diatur ulang — kepala@example.org"], HistoryIn(await TextOfAsync(admin, accountUrl)));
    }

    [Fact]
    public async Task A_role_named_with_spaces_gets_an_id_made_of_its_name_and_shows_the_name_given()
    {
        using var admin = await AdministratorAsync();
        var added = await Forms.PostAsync(admin.Client, "/admin/peran", ("NewRole", "Petugas Gudang Data"));
        Assert.Equal("/admin/peran/PetugasGudangData", added.Headers.Location?.OriginalString);
        Assert.Contains("<h1>Peran: Petugas Gudang Data</h1>", await TextOfAsync(admin, "/admin/peran/PetugasGudangData"), StringComparison.Ordinal);
        Assert.Contains(">Petugas Gudang Data</a>", await TextOfAsync(admin, "/admin/peran"), StringComparison.Ordinal);
        Assert.Contains("Peran 'Petugas Gudang Data' sudah ada.", WebUtility.HtmlDecode(await (await Forms.PostAsync(admin.Client, "/admin/peran", ("NewRole", "petugas gudang data"))).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Nama peran harus memuat huruf.", WebUtility.HtmlDecode(await (await Forms.PostAsync(admin.Client, "/admin/peran", ("NewRole", "!! 42"))).Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Contains("for=\"role-PetugasGudangData\">Petugas Gudang Data</label>", await TextOfAsync(admin, "/admin/pengguna/undang"), StringComparison.Ordinal);
        await Forms.PostAsync(admin.Client, "/admin/pengguna/undang", ("Input.Email", "gudang@example.org"), ("Input.FullName", "Sari"), ("Input.Roles", "PetugasGudangData"));
        Assert.Contains("<td>Petugas Gudang Data</td>", await TextOfAsync(admin, "/admin/pengguna?q=gudang"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lockout_after_failed_sign_ins_says_until_when()
    {
        await SiteSession.CreateAccountAsync(Factory, "budi@example.org", Password, "Customer");
        using var browser = new SiteSession(Factory);
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("budi@example.org", "salah-sandi-" + i);
        }

        var refused = WebUtility.HtmlDecode(await (await browser.SignInAsync("budi@example.org", Password)).Content.ReadAsStringAsync());
        var until = await Factory.Services.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<PstUser>>().FindByEmailAsync("budi@example.org"))!.LockoutEnd!.Value);
        Assert.Equal(
            $"Terlalu banyak percobaan gagal. Akun dikunci sampai pukul {until.ToOffset(TimeSpan.FromHours(7)):HH.mm} WIB; coba lagi setelah itu.",
            ErrorIn(refused));
    }

    /// <summary>The first error of the page's validation summary.</summary>
    private static string ErrorIn(string page) => Regex.Match(page, "validation-summary[^>]*><ul><li>([^<]*)<").Groups[1].Value;

    private static IReadOnlyList<string> HistoryIn(string page) =>
        HistoryPattern().Matches(page[page.IndexOf("id=\"history\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("<li>[^<]*WIB — ([^<]+)</li>")]
    private static partial Regex HistoryPattern();
}
