using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pst.Data.Accounts;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Benchmarks;

/// <summary>
/// The supervisor's report page as a signed-in supervisor's browser gets it: an HTTP GET through the real site's whole
/// pipeline (authentication, the account gate, authorisation, the page, its rendering), over <see cref="BusyYear"/>
/// on SQLite and, when <c>PST_TEST_POSTGRES</c> names a server, on PostgreSQL. Baseline: the page of December.
/// </summary>
[MemoryDiagnoser]
public partial class ReportPageBenchmarks
{
    private const string Email = "pengawas@bench.example";
    private const string Password = "rahasia-sekali-1";
    private Site _site = null!;
    private HttpClient _supervisor = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers => ReportBenchmarks.Providers;

    [GlobalSetup]
    public void Setup()
    {
        _site = new Site(postgreSql: Provider == "PostgreSql");
        BusyYear.SeedAsync(_site.Services).GetAwaiter().GetResult();
        _supervisor = SignInAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _supervisor.Dispose();
        _site.Dispose();
    }

    [Benchmark(Baseline = true, Description = "page of one month")]
    public Task<int> Month() => GetAsync(_supervisor, "/admin/laporan?periode=2026-12");

    [Benchmark(Description = "page of the year")]
    public Task<int> WholeYear() => GetAsync(_supervisor, "/admin/laporan?periode=2026");

    [Benchmark(Description = "the year's XLSX download")]
    public Task<int> WholeYearWorkbook() => GetAsync(_supervisor, "/admin/laporan?handler=Xlsx&periode=2026");

    /// <summary>The length of the body, after checking the page was served (not a redirect to sign in, not an error).</summary>
    private static async Task<int> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK && response.RequestMessage?.RequestUri?.AbsolutePath == "/admin/laporan"
            ? body.Length
            : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}.");
    }

    /// <summary>A supervisor with two-factor sign-in set up, signed in through the sign-in pages as a person would.</summary>
    private async Task<HttpClient> SignInAsync()
    {
        string key;
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
            var user = new PstUser { UserName = Email, Email = Email, EmailConfirmed = true, FullName = "Pengawas", CreatedAt = DateTimeOffset.UtcNow };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, "Supervisor"));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var client = _site.CreateClient();
        await PostAsync(client, "/akun/masuk", ("Input.Email", Email), ("Input.Password", Password));
        await PostAsync(client, "/akun/masuk/kode", ("Input.Code", Totp.Code(key)));
        await GetAsync(client, "/admin/laporan"); // signed in: the page itself answers, not the sign-in page
        return client;

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private static async Task PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(url);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
        (await client.PostAsync(url, form)).EnsureSuccessStatusCode();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
