using System.Net;
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
    public async Task Only_holders_of_the_permission_reach_the_tariffs()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync("/admin/tarif"));

        using var admin = await AdministratorAsync();
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusOfAsync("/admin/tarif/ubah?peraturan=PP%2099%2F2099"));
    }
}
