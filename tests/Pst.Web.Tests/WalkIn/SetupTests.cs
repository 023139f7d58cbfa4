using System.Net;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.WalkIn;

/// <summary>The administrator sets up services, counters and opening hours; a faulty change saves nothing; the kiosk and counters follow.</summary>
public abstract class SetupTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Setup = "/admin/antrian/pengaturan";

    [Fact]
    public async Task An_administrator_adds_a_service_and_a_counter_and_changes_the_hours_which_the_kiosk_follows()
    {
        using var admin = await SiteSession.StaffAsync(Factory, "admin.loket@example.org", "Administrator");
        using var officer = await SiteSession.StaffAsync(Factory, "loket@example.org", "Officer");
        using var visitor = new SiteSession(Factory);
        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync(Setup));
        Assert.Contains("id=\"opens\" name=\"opens\" value=\"08:00\"", await TextOfAsync(admin, Setup), StringComparison.Ordinal);

        // A prefix another service has, or a counter without a service, is refused and nothing is saved.
        Assert.Contains("Awalan terdiri atas", await TextOfAsync(await Forms.PostAsync(admin.Client, Setup + "?handler=Service", ("adding", "true"), ("active", "true"), ("code", "rekomendasi"), ("prefix", "A"), ("name", "Rekomendasi statistik"))), StringComparison.Ordinal);
        Assert.DoesNotContain("Rekomendasi statistik", await TextOfAsync(visitor, "/antrian"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Setup + "?handler=Service", ("adding", "true"), ("active", "true"), ("code", "rekomendasi"), ("prefix", "d"), ("name", "Rekomendasi statistik")), Setup);
        Assert.Contains("Kode 'rekomendasi' sudah dipakai.", await TextOfAsync(await Forms.PostAsync(admin.Client, Setup + "?handler=Service", ("adding", "true"), ("code", "rekomendasi"), ("prefix", "E"), ("name", "Lagi"))), StringComparison.Ordinal);
        Assert.Contains("Pilih paling sedikit satu layanan", await TextOfAsync(await Forms.PostAsync(admin.Client, Setup + "?handler=Counter", ("adding", "true"), ("active", "true"), ("code", "loket-3"), ("name", "Loket 3"))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Setup + "?handler=Counter", ("adding", "true"), ("active", "true"), ("code", "loket-3"), ("name", "Loket 3"), ("services", "rekomendasi")), Setup);

        // The kiosk offers the new service; Loket 3 calls its first number.
        var kiosk = await TextOfAsync(visitor, "/antrian");
        Assert.Contains("Rekomendasi statistik", kiosk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "rekomendasi"))).StatusCode);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-3&handler=Call"), "/admin/antrian?loket=loket-3");
        Assert.Contains("id=\"active-number\">D001<", await TextOfAsync(officer, "/admin/antrian?loket=loket-3"), StringComparison.Ordinal);

        // A closed service leaves the kiosk.
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Setup + "?handler=Service", ("code", "perpustakaan"), ("prefix", "C"), ("name", "Perpustakaan")), Setup);
        Assert.DoesNotContain(">Perpustakaan<", await TextOfAsync(visitor, "/antrian"), StringComparison.Ordinal);

        // Hours: closing before opening is refused; shorter hours close the kiosk at 09.00.
        Assert.Contains("Jam tutup harus setelah jam buka.", await TextOfAsync(await Forms.PostAsync(admin.Client, Setup + "?handler=Hours", ("opens", "12:00"), ("closes", "08:00"))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Setup + "?handler=Hours", ("opens", "10:00"), ("closes", "14:00")), Setup);
        var closed = await TextOfAsync(visitor, "/antrian");
        Assert.Contains("id=\"closed\"", closed, StringComparison.Ordinal);
        Assert.Contains("10.00–14.00 WIB", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_are_named_in_the_reader_s_language_and_the_administrator_keeps_both_names()
    {
        using var admin = await SiteSession.StaffAsync(Factory, "admin.bahasa@example.org", "Administrator");
        using var reader = new SiteSession(Factory);
        using var visitor = new SiteSession(Factory);
        await reader.Client.GetAsync("/bahasa/en?returnUrl=/antrian");

        // The recipe's English names on the English kiosk; the Indonesian kiosk keeps the office's wording.
        var english = await TextOfAsync(reader, "/antrian");
        Assert.Contains("Sale of statistical products", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Penjualan produk statistik", english, StringComparison.Ordinal);
        Assert.Contains("Penjualan produk statistik", await TextOfAsync(visitor, "/antrian"), StringComparison.Ordinal);

        // An administrator reading in English edits each name in its own field, so the Indonesian is never overwritten.
        await admin.Client.GetAsync("/bahasa/en?returnUrl=/admin");
        var setup = await TextOfAsync(admin, Setup);
        Assert.Contains("name=\"name\" value=\"Perpustakaan\"", setup, StringComparison.Ordinal);
        Assert.Contains("name=\"nameEn\" value=\"Library\"", setup, StringComparison.Ordinal);
        Assert.Contains("name=\"nameEn\" value=\"Counter 1\"", setup, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Setup + "?handler=Service", ("code", "perpustakaan"), ("prefix", "C"), ("name", "Perpustakaan"), ("nameEn", "Reading room"), ("active", "true")), Setup);

        Assert.Contains(">Reading room<", await TextOfAsync(reader, "/antrian"), StringComparison.Ordinal);
        Assert.Contains(">Perpustakaan<", await TextOfAsync(visitor, "/antrian"), StringComparison.Ordinal);
    }
}

public sealed class SqliteSetupTests : SetupTests<SqliteAppFactory>;
