using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Products;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Staff;

/// <summary>The administrator fills in the PP 7/2015 amounts the recipe left empty, and confirms them.</summary>
public sealed class TariffAdminTests : SiteTestBase<SqliteAppFactory>
{
    private const string Edit = "/admin/tarif/ubah?peraturan=PP%207%2F2015";

    private Task<SiteSession> AdministratorAsync() => SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator");

    private Task<TariffSchedule> StoredAsync() => Factory.Services.InScopeAsync(async sp =>
        (await sp.GetRequiredService<ITariffStore>().LoadAsync()).Schedules.Single(s => s.Regulation == "PP 7/2015"));

    private static (string, string)[] Amounts(string first) =>
    [
        ("Amounts[I.A]", first), ("Amounts[I.B]", "10000"), ("Amounts[II.A.1]", "20.000"), ("Amounts[II.A.2]", "20"),
        ("Amounts[II.B.1]", ""), ("Amounts[II.B.2]", ""), ("Amounts[III.A]", ""), ("Amounts[III.B]", ""), ("Amounts[III.C]", ""), ("Amounts[III.D]", ""),
    ];

    [Fact]
    public async Task A_faulty_amount_saves_nothing_and_valid_amounts_are_kept_and_confirmed()
    {
        using var admin = await AdministratorAsync();
        var list = await admin.Client.GetStringAsync("/admin/tarif");
        Assert.Contains("10 besaran belum diisi", list, StringComparison.Ordinal);

        var refused = await (await Forms.PostAsync(admin.Client, Edit, [.. Amounts("40.000,50"), ("Confirmed", "true")])).Content.ReadAsStringAsync();
        Assert.Contains("Isi besaran rupiah tanpa desimal untuk I.A, misalnya 50000.", refused, StringComparison.Ordinal);
        Assert.All((await StoredAsync()).Items, i => Assert.Null(i.Amount));

        var saved = await (await Forms.PostAsync(admin.Client, Edit, [.. Amounts("40.000"), ("Confirmed", "true")])).Content.ReadAsStringAsync();
        Assert.Contains("id=\"saved\"", saved, StringComparison.Ordinal);
        var stored = await StoredAsync();
        Assert.Equal([40_000L, 10_000L, 20_000L, 20L], stored.Items.Take(4).Select(i => i.Amount!.Value.Amount));
        Assert.Null(stored.Item("III.D").Amount);
        Assert.True(stored.Confirmed);
        Assert.Contains("6 besaran belum diisi", await admin.Client.GetStringAsync("/admin/tarif"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_entered_ahead_prices_offers_only_from_its_date_and_bad_entries_save_nothing()
    {
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning);
        using var admin = await AdministratorAsync();
        const string New = "/admin/tarif/baru";
        var form = await admin.Client.GetStringAsync(New);
        Assert.Contains("name=\"Amounts[I.A]\" value=\"50000\"", form, StringComparison.Ordinal);

        // 7 December 2026 (WIB) is today: a past date, a name already used, no name and a faulty amount are refused.
        (string, string)[] Rows(string first) => [.. Amounts(first).Select(a => a.Item1 == "Amounts[I.B]" ? (a.Item1, "15000") : a)];
        var refused = await (await Forms.PostAsync(admin.Client, New, [("Regulation", "PP 13/2024"), ("EffectiveFrom", "2026-12-01"), .. Rows("x")])).Content.ReadAsStringAsync();
        refused = System.Net.WebUtility.HtmlDecode(refused);
        Assert.Contains("Jadwal tarif PP 13/2024 sudah ada.", refused, StringComparison.Ordinal);
        Assert.Contains("Jadwal tarif baru berlaku mulai hari ini atau sesudahnya", refused, StringComparison.Ordinal);
        Assert.Contains("Isi besaran rupiah tanpa desimal untuk I.A", refused, StringComparison.Ordinal);
        Assert.Contains("Sebutkan peraturannya.", System.Net.WebUtility.HtmlDecode(await (await Forms.PostAsync(admin.Client, New, [("Regulation", " "), ("EffectiveFrom", "2026-12-14"), .. Rows("60000")])).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, (await BookAsync()).Schedules.Count);

        var saved = await Forms.PostAsync(admin.Client, New, [("Regulation", "PP 99/2026"), ("EffectiveFrom", "2026-12-14"), ("Confirmed", "true"), .. Rows("60000")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/tarif/ubah?peraturan=PP%2099%2F2026", saved.Headers.Location!.OriginalString);
        Assert.Contains("Belum berlaku", await admin.Client.GetStringAsync("/admin/tarif"), StringComparison.Ordinal);
        var book = await BookAsync();
        Assert.Equal(50_000, book.InForceOn(new DateOnly(2026, 12, 13)).Item("I.A").Amount!.Value.Amount);
        Assert.Equal(60_000, book.InForceOn(new DateOnly(2026, 12, 14)).Item("I.A").Amount!.Value.Amount);

        // A request offered before the date keeps its Rp80.000; one offered on the date costs Rp60.000 + 2 × Rp15.000.
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", Pst.Core.Kernel.CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var before = await OfferedAsync(customer, officer);
        Assert.Contains("id=\"total\">Rp80.000,00<", before, StringComparison.Ordinal);
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(7)); // Monday 14 December
        var after = await OfferedAsync(customer, officer);
        Assert.Contains("id=\"total\">Rp90.000,00<", after, StringComparison.Ordinal);
        Assert.Contains("tarif menurut PP 99/2026", after, StringComparison.Ordinal);
        Assert.Contains("id=\"total\">Rp80.000,00<", await customer.Client.GetStringAsync(Regex.Match(before, "/permintaan/[0-9a-f-]{36}").Value), StringComparison.Ordinal);
    }

    private Task<TariffBook> BookAsync() => Factory.Services.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().LoadAsync());

    /// <summary>A new request for the test publication, sent, checked and offered; returns the customer's page after the offer.</summary>
    private static async Task<string> OfferedAsync(SiteSession customer, SiteSession officer)
    {
        var (requestUrl, _) = await Pst.Web.Tests.Ordering.RequestSteps.ToOfferedAsync(customer, officer);
        return System.Net.WebUtility.HtmlDecode(await customer.Client.GetStringAsync(requestUrl)) + requestUrl;
    }

    [Fact]
    public async Task Only_holders_of_the_permission_reach_the_tariffs()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync("/admin/tarif"));

        using var admin = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusOfAsync("/admin/tarif/ubah?peraturan=PP%2099%2F2099"));
    }
}
