using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Staff;

/// <summary>
/// Who may enter the staff area: customers are refused, staff are held at two-factor setup until it is on and then
/// sign in with a code; the first administrator starts from a one-time password. On each database provider.
/// </summary>
public abstract partial class StaffAccessTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Password = "rahasia-sekali-1";

    [Fact]
    public async Task A_customer_cannot_open_the_staff_area_and_does_not_see_it_in_the_menu()
    {
        await SiteSession.CreateAccountAsync(Factory, "ani@example.org", Password, "Customer");
        using var anonymous = new SiteSession(Factory);
        Assert.StartsWith("http://localhost/akun/masuk", await anonymous.RedirectOfAsync("/admin/pengguna"), StringComparison.Ordinal);

        using var customer = new SiteSession(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await customer.SignInAsync("ani@example.org", Password)).StatusCode);
        foreach (var page in new[] { "/admin", "/admin/pengguna", "/admin/peran", "/admin/peran/Administrator", "/admin/modul" })
        {
            var response = await customer.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Akses ditolak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var home = await customer.Client.GetStringAsync("/");
        Assert.Contains("Masuk sebagai ani@example.org", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_and_then_sign_in_with_a_code_or_a_recovery_code()
    {
        await SiteSession.CreateAccountAsync(Factory, "petugas@example.org", Password, "Officer");
        using var officer = new SiteSession(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SignInAsync("petugas@example.org", Password)).StatusCode);

        // Every page but the setup itself (and signing out) sends them there.
        foreach (var page in new[] { "/", "/admin", "/akun/profil" })
        {
            Assert.Equal("/akun/dua-langkah", await officer.RedirectOfAsync(page));
        }

        var setup = await officer.Client.GetStringAsync("/akun/dua-langkah");
        Assert.Contains("id=\"two-factor-required\"", setup, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", setup, StringComparison.Ordinal);
        var wrong = await (await Forms.PostAsync(officer.Client, "/akun/dua-langkah?handler=Enable", ("Input.Code", "000000"))).Content.ReadAsStringAsync();
        Assert.Contains("Kode salah atau sudah kedaluwarsa.", wrong, StringComparison.Ordinal);
        Assert.Equal("/akun/dua-langkah", await officer.RedirectOfAsync("/admin"));

        var key = await officer.SetUpTwoFactorAsync();
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/admin"));
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync("/admin/pengguna"));
        Assert.Contains("href=\"/admin\"", await officer.Client.GetStringAsync("/"), StringComparison.Ordinal);

        // Staff cannot turn it off again.
        var refused = await (await Forms.PostAsync(officer.Client, "/akun/dua-langkah?handler=Disable")).Content.ReadAsStringAsync();
        Assert.Contains("Akun petugas wajib tetap memakai masuk dua langkah.", refused, StringComparison.Ordinal);
        var codes = SiteSession.RecoveryCodesIn(await (await Forms.PostAsync(officer.Client, "/akun/dua-langkah?handler=RecoveryCodes")).Content.ReadAsStringAsync());
        Assert.Equal(10, codes.Count);

        // Signing in again asks for the code; a wrong one is refused, the app's code lets them in.
        await officer.SignOutAsync();
        var password = await officer.SignInAsync("petugas@example.org", Password);
        Assert.StartsWith("/akun/masuk/kode", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("http://localhost/akun/masuk?ReturnUrl=%2Fadmin", (await officer.Client.GetAsync("/admin")).Headers.Location?.OriginalString);
        Assert.Contains("Kode salah atau sudah kedaluwarsa.", await (await Forms.PostAsync(officer.Client, "/akun/masuk/kode", ("Input.Code", "123 456"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer.Client, "/akun/masuk/kode", ("Input.Code", Totp.Code(key)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/admin"));

        // A recovery code works once.
        await officer.SignOutAsync();
        await officer.SignInAsync("petugas@example.org", Password);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(officer.Client, "/akun/masuk/kode", ("Input.Code", codes[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/admin"));
        await officer.SignOutAsync();
        await officer.SignInAsync("petugas@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(officer.Client, "/akun/masuk/kode", ("Input.Code", codes[0]))).StatusCode);
    }

    [Fact]
    public async Task The_first_administrator_replaces_the_one_time_password_sets_up_two_factor_and_switches_modules()
    {
        // Setup (at the site's first start) printed the one-time password once; it is random, never a fixed default.
        using var admin = new SiteSession(Factory);
        var printed = OneTimePassword().Match(Factory.SetupOutput.ToString());
        Assert.True(printed.Success, "No one-time password was printed: " + Factory.SetupOutput);
        var (email, oneTime) = (printed.Groups[1].Value, printed.Groups[2].Value);
        Assert.Equal(20, oneTime.Length);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(email, oneTime)).StatusCode);
        Assert.Equal("/akun/sandi", await admin.RedirectOfAsync("/admin/modul"));
        Assert.Contains("id=\"must-change\"", await admin.Client.GetStringAsync("/akun/sandi"), StringComparison.Ordinal);
        var changed = await Forms.PostAsync(admin.Client, "/akun/sandi",
            ("Input.CurrentPassword", oneTime), ("Input.NewPassword", "kata sandi admin baru"), ("Input.ConfirmPassword", "kata sandi admin baru"));
        Assert.Contains("id=\"password-changed\"", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Then two-factor, then the staff area with every section.
        Assert.Equal("/akun/dua-langkah", await admin.RedirectOfAsync("/admin/modul"));
        await admin.SetUpTwoFactorAsync();
        var dashboard = await admin.Client.GetStringAsync("/admin");
        foreach (var section in new[] { "href=\"/admin/pengguna\"", "href=\"/admin/peran\"", "href=\"/admin/modul\"" })
        {
            Assert.Contains(section, dashboard, StringComparison.Ordinal);
        }

        // The old one-time password no longer works.
        using var other = new SiteSession(Factory);
        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync(email, oneTime)).StatusCode);

        // Modules: switched off at run time (404), refused for the core with the reason in Indonesian, back on.
        Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync("/test-notices"));
        Assert.Equal("/admin/modul", (await Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Test.Notices")).Headers.Location?.OriginalString);
        Assert.Contains("Dinonaktifkan: Notices.", await admin.Client.GetStringAsync("/admin/modul"), StringComparison.Ordinal);
        Assert.DoesNotContain("Dinonaktifkan: Notices.", await admin.Client.GetStringAsync("/admin/modul"), StringComparison.Ordinal); // said once
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusOfAsync("/test-notices"));
        Assert.Equal("/admin/modul", (await Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Pst.Admin")).Headers.Location?.OriginalString);
        Assert.Contains("Modul &#x27;Administrasi&#x27; adalah bagian inti dan tidak dapat dinonaktifkan.", await admin.Client.GetStringAsync("/admin/modul"), StringComparison.Ordinal);
        await Forms.PostAsync(admin.Client, "/admin/modul?handler=Enable&id=Test.Notices");
        Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync("/test-notices"));

        // Switching off the selling module while products need it names every one of them at once.
        await Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Pst.Ordering");
        var refused = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/modul"));
        Assert.Matches("Modul 'Permintaan[^']*' tidak dapat dinonaktifkan selama modul aktif berikut membutuhkannya: [^.]*Peta[^.]*Publikasi", refused);
    }

    [Fact]
    public async Task An_administrator_changes_roles_and_the_change_applies_at_the_next_request()
    {
        await SiteSession.CreateAccountAsync(Factory, "budi@example.org", Password, "Customer");
        using var admin = await SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator", Password);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer", Password);
        Assert.Equal(HttpStatusCode.OK, await officer.StatusOfAsync("/admin"));

        // Taking the staff-area permission from the Officer role shuts the officer out at once.
        var officerRole = await admin.Client.GetStringAsync("/admin/peran/Officer");
        Assert.Contains("Membuka area petugas", officerRole, StringComparison.Ordinal);
        Assert.Contains("<h1>Peran: Petugas layanan</h1>", officerRole, StringComparison.Ordinal);
        Assert.Contains("id=\"saved\"", await (await Forms.PostAsync(admin.Client, "/admin/peran/Officer")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync("/admin"));

        // Nobody may take away the last way to manage roles.
        var refused = await (await Forms.PostAsync(admin.Client, "/admin/peran/Administrator", ("Permissions", "admin.access"), ("Permissions", "users.manage"))).Content.ReadAsStringAsync();
        Assert.Contains("Setidaknya satu akun harus tetap memegang peran yang dapat mengelola peran.", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync("/admin/peran"));

        // Giving a customer a staff role holds them at two-factor setup from their next request.
        using var customer = new SiteSession(Factory);
        await customer.SignInAsync("budi@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, await customer.StatusOfAsync("/akun/profil"));
        var users = await admin.Client.GetStringAsync("/admin/pengguna?q=BUDI");
        var budi = UserLink().Match(users).Groups[1].Value;
        Assert.DoesNotContain(">kepala@example.org</a>", users, StringComparison.Ordinal);
        await Forms.PostAsync(admin.Client, $"/admin/pengguna/{budi}?handler=Roles", ("Roles", "Customer"), ("Roles", "Treasurer"));
        Assert.Contains("<td>Bendahara, Pengguna layanan</td>", await admin.Client.GetStringAsync("/admin/pengguna?q=budi"), StringComparison.Ordinal);
        Assert.Equal("/akun/dua-langkah", await customer.RedirectOfAsync("/akun/profil"));
    }

    [Fact]
    public async Task The_recipes_administrator_holds_every_staff_permission_and_the_supervisor_reads_requests_payments_and_the_guest_book()
    {
        // Every staff permission any installed module declares (a module added later that the recipe forgets fails here).
        using (var scope = Factory.Services.CreateScope())
        {
            var staffPermissions = scope.ServiceProvider.GetRequiredService<Pst.Core.Security.PermissionCatalogue>().All
                .Where(p => p.Permission.IsStaff).Select(p => p.Permission.Name).ToHashSet();
            var roles = await scope.ServiceProvider.GetRequiredService<Pst.Core.Security.IRolePermissionStore>().ListAsync();
            var administrator = roles.Single(r => r.Role == "Administrator").Permissions;
            Assert.Empty(staffPermissions.Except(administrator).Order());
            Assert.Superset(new HashSet<string> { "requests.serve", "payments.manage" }, staffPermissions);
        }

        using var admin = await SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator", Password);
        foreach (var page in new[] { "/admin/permintaan", "/admin/pembayaran", "/admin/buku-tamu", "/admin/antrian", "/admin/laporan" })
        {
            Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync(page));
        }

        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor", Password);
        foreach (var page in new[] { "/admin/permintaan", "/admin/pembayaran", "/admin/buku-tamu" })
        {
            Assert.Equal(HttpStatusCode.OK, await supervisor.StatusOfAsync(page));
        }
    }

    [GeneratedRegex(@"First administrator created: (\S+) with the one-time password (\S+) ")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("href=\"/admin/pengguna/([^\"]+)\">budi@example.org<")]
    private static partial Regex UserLink();
}

public sealed class SqliteStaffAccessTests : StaffAccessTests<SqliteAppFactory>;

public sealed class PostgreSqlStaffAccessTests : StaffAccessTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
