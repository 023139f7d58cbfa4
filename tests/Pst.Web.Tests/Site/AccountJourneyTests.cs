using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Site;

/// <summary>Register, confirm by the e-mailed link, sign in; lockout; in Indonesian and English; on each provider.</summary>
public abstract partial class AccountJourneyTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private HttpClient NewBrowser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = "rahasia-sekali-1") =>
        Forms.PostAsync(client, "/akun/daftar", ("Input.FullName", "Budi Santoso"), ("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", password));

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = "rahasia-sekali-1") =>
        Forms.PostAsync(client, "/akun/masuk", ("Input.Email", email), ("Input.Password", password));

    [Fact]
    public async Task A_new_customer_registers_confirms_by_the_emailed_link_and_signs_in()
    {
        using var client = NewBrowser();
        var registered = await (await RegisterAsync(client, "budi@example.org")).Content.ReadAsStringAsync();
        Assert.Contains("Kami telah mengirim tautan ke budi@example.org", registered, StringComparison.Ordinal);

        // Not yet confirmed: refused with a message saying why.
        Assert.Contains("Konfirmasikan email Anda sebelum masuk.", await (await SignInAsync(client, "budi@example.org")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "budi@example.org");
        Assert.Equal("Aktifkan akun Anda", mail.Subject);
        var link = new Uri(LinkPattern().Match(mail.TextBody!).Value);
        var confirmed = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("Email Anda telah terkonfirmasi", confirmed, StringComparison.Ordinal);

        var signedIn = await SignInAsync(client, "budi@example.org");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("Masuk sebagai budi@example.org", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_requires_the_NPWP_of_a_private_business_in_Indonesia_and_keeps_its_16_digits()
    {
        using var client = NewBrowser();
        Assert.StartsWith("/akun/masuk", (await client.GetAsync("/akun/profil")).Headers.Location?.AbsolutePath, StringComparison.Ordinal);

        await RegisterAsync(client, "usaha@example.org");
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "usaha@example.org");
        await client.GetStringAsync(new Uri(LinkPattern().Match(mail.TextBody!).Value).PathAndQuery);
        await SignInAsync(client, "usaha@example.org");

        (string, string)[] Profile(string npwp, string domicile = "Indonesia", string taxNumberAbroad = "") =>
        [
            ("Input.FullName", "PT Data Sejahtera"), ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101010001"),
            ("Input.PhoneNumber", "0248412802"), ("Input.Segment", "PrivateBusiness"), ("Input.Institution", "PT Data Sejahtera"),
            ("Input.Npwp", npwp), ("Input.TaxNumberAbroad", taxNumberAbroad), ("Input.Domicile", domicile),
        ];

        Assert.Contains("Badan usaha swasta wajib mengisi NPWP.", await (await Forms.PostAsync(client, "/akun/profil", Profile(""))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("NPWP harus 16 digit.", await (await Forms.PostAsync(client, "/akun/profil", Profile("01.234.567.8-901.234"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        const string privateBusinessSelected = "<option [^>]*value=\"PrivateBusiness\"[^>]*selected|<option [^>]*selected[^>]*value=\"PrivateBusiness\"";
        Assert.DoesNotMatch(privateBusinessSelected, await client.GetStringAsync("/akun/profil")); // refused forms saved nothing

        // A business abroad has no NPWP: it may leave the field empty, and give its own country's number instead.
        Assert.Contains("Profil Anda telah disimpan.", await (await Forms.PostAsync(client, "/akun/profil", Profile("", "Abroad"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Matches(privateBusinessSelected, await client.GetStringAsync("/akun/profil"));
        Assert.Contains("Nomor pajak atau registrasi usaha di luar negeri", await client.GetStringAsync("/akun/profil"), StringComparison.Ordinal);
        Assert.Contains("Profil Anda telah disimpan.", await (await Forms.PostAsync(client, "/akun/profil", Profile("", "Abroad", "  DE 123  456 789 "))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("value=\"DE 123 456 789\"", await client.GetStringAsync("/akun/profil"), StringComparison.Ordinal);
        var refusedAbroad = await (await Forms.PostAsync(client, "/akun/profil", Profile("", "Abroad", "<b>DE</b>"))).Content.ReadAsStringAsync();
        Assert.Contains("Nomor pajak atau registrasi hanya boleh berisi huruf, angka, spasi, tanda hubung, titik, dan garis miring.", refusedAbroad, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;b&gt;DE&lt;/b&gt;\"", refusedAbroad, StringComparison.Ordinal); // what was typed is kept to correct
        Assert.Contains("value=\"DE 123 456 789\"", await client.GetStringAsync("/akun/profil"), StringComparison.Ordinal); // and nothing saved
        Assert.Contains(
            "badan usaha di Indonesia mengisi NPWP.",
            await (await Forms.PostAsync(client, "/akun/profil", Profile("0123.4567.8901.2345", "Indonesia", "DE 123 456 789"))).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        var saved = await (await Forms.PostAsync(client, "/akun/profil", Profile("0123.4567.8901.2345"))).Content.ReadAsStringAsync();
        Assert.Contains("Profil Anda telah disimpan.", saved, StringComparison.Ordinal);
        var reloaded = await client.GetStringAsync("/akun/profil");
        Assert.Contains("value=\"0123456789012345\"", reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain("DE 123 456 789", reloaded, StringComparison.Ordinal); // moved to Indonesia: the number abroad is gone
        Assert.Matches(privateBusinessSelected, reloaded);
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_refused()
    {
        using var client = NewBrowser();
        await RegisterAsync(client, "ani@example.org");
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "ani@example.org");
        var link = new Uri(LinkPattern().Match(mail.TextBody!).Value);

        var page = await client.GetStringAsync(link.PathAndQuery.Replace("code=", "code=AAAA", StringComparison.Ordinal));

        Assert.Contains("Tautan konfirmasi tidak valid", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var client = NewBrowser();
        await RegisterAsync(client, "citra@example.org");
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "citra@example.org");
        await client.GetStringAsync(new Uri(LinkPattern().Match(mail.TextBody!).Value).PathAndQuery);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("Email atau kata sandi salah.", await (await SignInAsync(client, "citra@example.org", "salah-salah-salah")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("Akun dikunci", await (await SignInAsync(client, "citra@example.org", "salah-salah-salah")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await SignInAsync(client, "citra@example.org");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Akun dikunci", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_errors_are_shown_in_the_chosen_language_and_nothing_is_created()
    {
        using var client = NewBrowser();
        var indonesian = await (await Forms.PostAsync(client, "/akun/daftar", ("Input.FullName", ""), ("Input.Email", "bukan-email"), ("Input.Password", "pendek"), ("Input.ConfirmPassword", "lain"))).Content.ReadAsStringAsync();
        Assert.Contains("Kolom Nama lengkap wajib diisi.", indonesian, StringComparison.Ordinal);
        Assert.Contains("Masukkan alamat email yang valid.", indonesian, StringComparison.Ordinal);
        Assert.Contains("Kata sandi tidak sama.", indonesian, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/bahasa/en?returnUrl=/akun/daftar")).StatusCode);
        var english = await (await RegisterAsync(client, "dewi@example.org", "short1")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("The password must have at least 10 characters.", english, StringComparison.Ordinal);
        Assert.Contains("The email or password is wrong.", await (await SignInAsync(client, "dewi@example.org", "short1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_the_emailed_link_which_also_ends_a_lockout()
    {
        await SiteSession.CreateAccountAsync(Factory, "eko@example.org", "rahasia-sekali-1", "Customer");
        using var session = new SiteSession(Factory);
        for (var i = 0; i < 5; i++)
        {
            await session.SignInAsync("eko@example.org", "salah-salah-salah");
        }

        // The answer does not tell whether an address has an account.
        var unknown = await (await Forms.PostAsync(session.Client, "/akun/lupa-sandi", ("Input.Email", "tidak-ada@example.org"))).Content.ReadAsStringAsync();
        var known = await (await Forms.PostAsync(session.Client, "/akun/lupa-sandi", ("Input.Email", "eko@example.org"))).Content.ReadAsStringAsync();
        Assert.Contains("Jika ada akun dengan email ini", unknown, StringComparison.Ordinal);
        Assert.Equal(SentMessage().Match(unknown).Value, SentMessage().Match(known).Value);

        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "eko@example.org", "Atur ulang kata sandi Anda");
        Assert.DoesNotContain(Directory.GetFiles(Factory.MailDirectory), f => File.ReadAllText(f).Contains("tidak-ada@example.org", StringComparison.Ordinal));
        var link = Mailbox.LinkIn(mail);
        var mismatch = await (await Forms.PostAsync(session.Client, link, ("Input.NewPassword", "kata sandi yang baru"), ("Input.ConfirmPassword", "lain"))).Content.ReadAsStringAsync();
        Assert.Contains("Kata sandi tidak sama.", mismatch, StringComparison.Ordinal);
        var reset = await (await Forms.PostAsync(session.Client, link, ("Input.NewPassword", "kata sandi yang baru"), ("Input.ConfirmPassword", "kata sandi yang baru"))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"reset\"", reset, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await session.SignInAsync("eko@example.org", "rahasia-sekali-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("eko@example.org", "kata sandi yang baru")).StatusCode);

        // The link works once.
        using var other = new SiteSession(Factory);
        var again = await (await Forms.PostAsync(other.Client, link, ("Input.NewPassword", "kata sandi ketiga"), ("Input.ConfirmPassword", "kata sandi ketiga"))).Content.ReadAsStringAsync();
        Assert.Contains("Tautan ini tidak valid atau sudah kedaluwarsa.", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_email_changes_only_when_the_link_sent_to_the_new_address_is_opened()
    {
        await SiteSession.CreateAccountAsync(Factory, "fajar@example.org", "rahasia-sekali-1", "Customer");
        await SiteSession.CreateAccountAsync(Factory, "gita@example.org", "rahasia-sekali-1", "Customer");
        using var session = new SiteSession(Factory);
        await session.SignInAsync("fajar@example.org", "rahasia-sekali-1");

        var taken = await (await Forms.PostAsync(session.Client, "/akun/email", ("Input.NewEmail", "gita@example.org"))).Content.ReadAsStringAsync();
        Assert.Contains("Akun dengan email ini sudah terdaftar.", taken, StringComparison.Ordinal);
        var sent = await (await Forms.PostAsync(session.Client, "/akun/email", ("Input.NewEmail", "fajar.baru@example.org"))).Content.ReadAsStringAsync();
        Assert.Contains("Kami telah mengirim tautan ke fajar.baru@example.org", sent, StringComparison.Ordinal);

        using var other = new SiteSession(Factory);
        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync("fajar.baru@example.org", "rahasia-sekali-1")).StatusCode);

        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "fajar.baru@example.org", "Konfirmasikan email baru Anda");
        var tampered = await session.Client.GetStringAsync(Mailbox.LinkIn(mail).Replace("email=fajar.baru", "email=penyusup", StringComparison.Ordinal));
        Assert.Contains("id=\"invalid\"", tampered, StringComparison.Ordinal);
        Assert.Contains("id=\"email-changed\"", await session.Client.GetStringAsync(Mailbox.LinkIn(mail)), StringComparison.Ordinal);
        Assert.Contains("Masuk sebagai fajar.baru@example.org", await session.Client.GetStringAsync("/"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync("fajar@example.org", "rahasia-sekali-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync("fajar.baru@example.org", "rahasia-sekali-1")).StatusCode);
    }

    [GeneratedRegex("<p id=\"sent\"[^>]*>[^<]*</p>")]
    private static partial Regex SentMessage();

    [GeneratedRegex(@"https?://\S+/akun/konfirmasi\?\S+")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteAccountJourneyTests : AccountJourneyTests<SqliteAppFactory>;

public sealed class PostgreSqlAccountJourneyTests : AccountJourneyTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
