using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Maps;

/// <summary>
/// A map bought at the walk-in desk: the officer makes the visitor's choice on the same page (map and list), the
/// abstract and identity are shown, cash, the signed agreement, the receipt, and the files handed over on the
/// visitor's media; the kecamatan map of Kabupaten Semarang leaves Kota Salatiga out.
/// </summary>
public abstract partial class MapsAtTheDeskTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task The_officer_picks_kabupaten_semarang_by_kecamatan_for_a_visitor_and_hands_over_the_files()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (_, staffUrl, requestId) = await OpenDeskRequestAsync(visitor, officer);

        var item = $"/katalog/peta-wks-kabupaten-kota?meja={requestId}";
        var desk = await TextOfAsync(officer, item);
        Assert.Contains("data-picker=\"map\"", desk, StringComparison.Ordinal);
        Assert.Equal(35, Regex.Matches(desk, "name=\"choice.regencies\"").Count);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, item, ("choice.regencies", "3322"), ("choice.level", "kecamatan"), ("choice.formats", "gpkg"), ("choice.formats", "pdf"), ("meja", requestId)), staffUrl);
        Assert.Contains("Kabupaten Semarang (3322): 19 kecamatan", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        // A second map of the same product, another area and level: a line of its own, named apart on the invoice and its files.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, item, ("choice.regencies", "3373"), ("choice.level", "desa"), ("choice.formats", "pdf"), ("meja", requestId)), staffUrl);

        await ShowAndSubmitAsync(officer, staffUrl);
        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        var invoice = await IssuedTextAsync(officer, staffUrl, await TextOfAsync(officer, staffUrl), "Invoice");
        Assert.Contains("Kabupaten Semarang (3322): 19 kecamatan", invoice, StringComparison.Ordinal);
        Assert.Contains("Kota Salatiga (3373): 23 desa/kelurahan", invoice, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptOffer")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        var deskPayment = $"/admin/pembayaran/{requestId}";
        Assert.Contains("id=\"due\">Rp100.000,00<", await TextOfAsync(treasurer, deskPayment), StringComparison.Ordinal); // one map of III.C, one of III.D
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Cash", ("received", "100.000")), deskPayment);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Receipt"), deskPayment);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"), ("handover", "VisitorMedia")), staffUrl);

        var links = Regex.Matches(await TextOfAsync(officer, staffUrl), "/berkas/([^\"]+)\" class=\"\">(Produk — [^<]+)</a>\\s*<span class=\"small font-monospace\">([^<]+)</span>");
        var files = links.ToDictionary(m => m.Groups[3].Value, m => $"{staffUrl}/berkas/{m.Groups[1].Value}");
        Assert.Equal(5, files.Count);
        Assert.Equal(3, links.Count(m => m.Groups[2].Value.Contains("Kabupaten Semarang (3322)", StringComparison.Ordinal) && m.Groups[3].Value.Contains("3322", StringComparison.Ordinal)));
        Assert.Equal(2, links.Count(m => m.Groups[2].Value.Contains("Kota Salatiga (3373)", StringComparison.Ordinal) && m.Groups[3].Value.Contains("3373", StringComparison.Ordinal)));
        var geoPackage = MapFiles.GeoPackage(await officer.Client.GetByteArrayAsync(files.Single(f => f.Key.EndsWith(".gpkg", StringComparison.Ordinal)).Value));
        Assert.Equal(19, geoPackage.Features.Count);
        var salatiga = MapFiles.GeoJson(await officer.Client.GetByteArrayAsync("/peta/batas/kabupaten-kota.geojson")).Single(f => f.Fields["code"] == "3373").Geometry.InteriorPoint;
        Assert.DoesNotContain(geoPackage.Features, f => f.Geometry.Covers(salatiga));
        Assert.Contains("Kabupaten Semarang", MapFiles.PdfText(await officer.Client.GetByteArrayAsync(files.Single(f => f.Key.Contains("3322", StringComparison.Ordinal) && f.Key.EndsWith(".pdf", StringComparison.Ordinal)).Value), out _), StringComparison.Ordinal);
    }
}

public sealed class SqliteMapsAtTheDeskTests : MapsAtTheDeskTests<SqliteAppFactory>;

public sealed class PostgreSqlMapsAtTheDeskTests : MapsAtTheDeskTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
