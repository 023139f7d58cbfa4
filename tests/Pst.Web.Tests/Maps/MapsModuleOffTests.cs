using System.Net;
using System.Text.RegularExpressions;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;
using MapSteps = Pst.Web.Tests.Maps.MapPurchaseTests<Pst.Web.Tests.Infrastructure.SqliteAppFactory>;

namespace Pst.Web.Tests.Maps;

/// <summary>
/// Switching the maps module off stops new sales only: the administrator is told how many open requests hold maps
/// and confirms; a map request sent before is still offered, paid and delivered; a draft holding a map cannot be
/// sent, and says why.
/// </summary>
public sealed class MapsModuleOffTests : SiteTestBase<SqliteAppFactory>
{
    [Fact]
    public async Task A_map_request_sent_before_the_module_is_switched_off_is_offered_paid_and_delivered_after()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "rina@example.org", "Rina Hapsari", CustomerSegment.Researcher, "Bappeda Kota Semarang");
        using var late = await SiteSession.CustomerAsync(Factory, "joko@example.org", "Joko", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var admin = await SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator");

        var requestUrl = await AddMapAsync(customer);
        await MapSteps.WriteAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var draftUrl = await AddMapAsync(late);
        var before = await TextOfAsync(customer, requestUrl);
        var total = Regex.Match(before, "id=\"total\">([^<]+)<").Groups[1].Value;
        Assert.NotEqual(Rupiah.Zero.ToString(), total);

        // The administrator is told what the switch touches, and confirms.
        var asked = await Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Pst.Products.Maps");
        Assert.Equal("/admin/modul?nonaktifkan=Pst.Products.Maps", asked.Headers.Location?.OriginalString);
        var warning = await TextOfAsync(admin, "/admin/modul?nonaktifkan=Pst.Products.Maps");
        Assert.Contains("1 permintaan yang masih berjalan memuat produk Peta.", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await customer.StatusOfAsync(MapSteps.ItemUrl)); // nothing switched yet
        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Pst.Products.Maps", ("confirmed", "true")), "/admin/modul");
        Assert.Contains("Dinonaktifkan: Peta.", await TextOfAsync(admin, "/admin/modul"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await customer.StatusOfAsync(MapSteps.ItemUrl));

        // The sent request keeps its map, its level and formats and its price.
        var after = await TextOfAsync(customer, requestUrl);
        Assert.DoesNotContain("Produk ini tidak lagi dijual", after, StringComparison.Ordinal);
        Assert.Contains("Kota Semarang (3374)", after, StringComparison.Ordinal);
        Assert.Contains($"id=\"total\">{total}<", after, StringComparison.Ordinal);

        // The draft cannot be sent with a product no longer sold, and says which.
        var refused = await TextOfAsync(await Forms.PostAsync(late.Client, draftUrl + "?handler=Submit"));
        Assert.Contains("tidak lagi dijual. Hapus dari permintaan sebelum mengirim.", refused, StringComparison.Ordinal);

        // Offered, paid, the agreement received, the receipt issued and the map delivered.
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await AcceptAbstractAndOfferAsync(officer, staffUrl);
        var offered = await TextOfAsync(customer, requestUrl);
        Assert.Contains(total, await InvoiceTextAsync(customer, requestUrl, offered), StringComparison.Ordinal);
        var deskUrl = await AcceptAndPayByBillingCodeAsync(customer, officer, treasurer, requestUrl);
        Assert.Contains($"id=\"due\">{total}<", await TextOfAsync(customer, requestUrl + "/pembayaran"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=SignedAgreement", "file", Pdf, "sppd.pdf", "application/pdf"), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        var link = Regex.Match(await TextOfAsync(customer, requestUrl), "href=\"(/unduh/[^\"]+)\" class=\"\">Produk — [^<]+</a>\\s*<span class=\"small font-monospace\">peta-wks-3374-kecamatan-[^<]+\\.geojson<").Groups[1].Value;
        Assert.Equal(16, MapFiles.GeoJson(await customer.Client.GetByteArrayAsync(link)).Count); // the 16 kecamatan of Kota Semarang
    }

    private static async Task<string> AddMapAsync(SiteSession customer)
    {
        var added = await Forms.PostAsync(customer.Client, MapSteps.ItemUrl, MapSteps.Choices("kecamatan", ["3374"], ["geojson"]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return added.Headers.Location!.OriginalString;
    }
}
