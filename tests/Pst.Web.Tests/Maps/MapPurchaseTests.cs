using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Maps;

/// <summary>
/// Digital maps bought through the real site on the boundaries the default recipe imports: the catalogue page with
/// its map picker and list, the screen layer, faulty choices refused, one map per kabupaten/kota priced under III.D,
/// the abstract, the agreement naming each map and the edition, payment, the signed agreement, the receipt, and every
/// delivered file downloaded and read back; another customer reaches none of them. At the desk the officer makes
/// the same choice for the visitor.
/// </summary>
public abstract class MapPurchaseTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    internal const string ItemUrl = "/katalog/peta-wks-kabupaten-kota";

    internal static (string Key, string Value)[] Choices(string level, string[] regencies, string[] formats) =>
    [
        .. regencies.Select(r => ("choice.regencies", r)),
        ("choice.level", level),
        .. formats.Select(f => ("choice.formats", f)),
    ];

    [Fact]
    public async Task The_map_page_offers_the_kabupaten_kota_on_a_map_and_in_a_list_and_serves_the_boundaries_it_draws()
    {
        using var visitor = new SiteSession(Factory);
        var page = await TextOfAsync(visitor, ItemUrl);
        Assert.Contains("Peta digital wilayah kerja statistik", page, StringComparison.Ordinal);
        Assert.Contains("data-picker=\"map\"", page, StringComparison.Ordinal);
        Assert.Contains("data-source=\"/peta/batas/kabupaten-kota.geojson\"", page, StringComparison.Ordinal);
        Assert.Contains("/_content/Pst.Themes.Jateng/lib/leaflet/leaflet.js", page, StringComparison.Ordinal);
        Assert.Contains("Klik kabupaten/kota di peta untuk memilihnya", page, StringComparison.Ordinal);
        Assert.Equal(35, Regex.Matches(page, "name=\"choice.regencies\"").Count);
        Assert.DoesNotContain("name=\"choice.regencies\" id=\"choice-regencies-3301\" value=\"3301\" checked", page, StringComparison.Ordinal); // nothing picked for the visitor
        Assert.Contains("Kota Semarang (3374)", page, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-regencies\"", page, StringComparison.Ordinal);
        Assert.Contains("Pilih yang Anda inginkan: harganya tampil di sini.", page, StringComparison.Ordinal); // the price follows the areas picked

        var layer = await visitor.Client.GetAsync("/peta/batas/kabupaten-kota.geojson");
        Assert.Equal("application/geo+json", layer.Content.Headers.ContentType?.MediaType);
        var features = MapFiles.GeoJson(await layer.Content.ReadAsByteArrayAsync());
        Assert.Equal(35, features.Count);
        Assert.All(features, f => Assert.True(f.Geometry.IsValid, f.Fields["code"]));
        Assert.Contains(features, f => f.Fields["code"] == "3374" && f.Fields["name"] == "Kota Semarang");
        Assert.InRange(layer.Content.Headers.ContentLength ?? 0, 1, 400_000); // simplified for the screen

        using var again = new HttpRequestMessage(HttpMethod.Get, "/peta/batas/kabupaten-kota.geojson");
        again.Headers.IfNoneMatch.Add(layer.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_planner_buys_two_kabupaten_kota_by_desa_and_downloads_every_file_of_both_maps()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "rina@example.org", "Rina Hapsari", CustomerSegment.Researcher, "Bappeda Kota Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");

        var none = await TextOfAsync(await Forms.PostAsync(customer.Client, ItemUrl, Choices("desa", [], ["gpkg"])));
        Assert.Contains("Pilih Kabupaten/kota.", none, StringComparison.Ordinal);
        var unknown = await TextOfAsync(await Forms.PostAsync(customer.Client, ItemUrl, Choices("desa", ["3599"], ["gpkg"])));
        Assert.Contains("'3599' bukan pilihan Kabupaten/kota.", unknown, StringComparison.Ordinal);
        var noFormat = await TextOfAsync(await Forms.PostAsync(customer.Client, ItemUrl, Choices("desa", ["3374"], [])));
        Assert.Contains("Pilih Format.", noFormat, StringComparison.Ordinal);
        // What was chosen stays chosen, so that only the format needs adding.
        Assert.Matches("<input [^>]*id=\"choice-level-desa\"[^>]*checked", noFormat);
        Assert.Matches("<input [^>]*id=\"choice-regencies-3374\"[^>]*checked", noFormat);
        Assert.DoesNotMatch("<input [^>]*id=\"choice-regencies-3373\"[^>]*checked", noFormat);

        var added = await Forms.PostAsync(customer.Client, ItemUrl, Choices("desa", ["3374", "3373"], ["shp", "gpkg", "geojson", "pdf"]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var requestUrl = added.Headers.Location!.OriginalString;
        var draft = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Kota Semarang (3374): 177 desa/kelurahan", draft, StringComparison.Ordinal);
        Assert.Contains("Kota Salatiga (3373): 23 desa/kelurahan", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"{requestUrl}/abstraksi\"", draft, StringComparison.Ordinal);

        await WriteAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        var check = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Kota Salatiga (3373): 23 desa/kelurahan", check[check.IndexOf("id=\"abstract-data-asked\"", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The office has named who signs its agreements.
        await Factory.Services.InScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<ISiteSettings>();
            var office = (await settings.GetAsync(OfficeSettings.Key))!.AsObject();
            office["signatory"] = new JsonObject { ["position"] = "Kepala Badan Pusat Statistik Provinsi Jawa Tengah", ["name"] = "Sri Handayani, S.Si., M.Si.", ["nip"] = "197001011995032001" };
            await settings.SetAsync(OfficeSettings.Key, office);
        });
        await AcceptAbstractAndOfferAsync(officer, staffUrl);

        // Two maps of III.D; no sample; the agreement names each map, the level and the edition.
        var offered = await TextOfAsync(customer, requestUrl);
        Assert.DoesNotContain("Contoh data mikro", offered, StringComparison.Ordinal);
        var invoice = await InvoiceTextAsync(customer, requestUrl, offered);
        Assert.Contains("III.D", invoice, StringComparison.Ordinal);
        Assert.Contains(new Rupiah(140_000).ToString(), invoice, StringComparison.Ordinal);
        var agreement = await IssuedTextAsync(customer, requestUrl, offered, "Surat perjanjian penggunaan data");
        Assert.Contains("Kota Semarang (3374): 177 desa/kelurahan", agreement, StringComparison.Ordinal);
        Assert.Contains("Per desa/kelurahan", agreement, StringComparison.Ordinal);
        // The edition is the product's, as a reader knows it: a date in words, no commit hash nor repository path.
        Assert.Contains("keadaan 20 Agustus 2026", agreement, StringComparison.Ordinal);
        Assert.Contains("Sri Handayani, S.Si., M.Si.", agreement, StringComparison.Ordinal);
        Assert.Contains("NIP. 197001011995032001", agreement, StringComparison.Ordinal);
        Assert.Contains("keadaan 20 Agustus 2026", offered, StringComparison.Ordinal);
        foreach (var text in new[] { agreement, offered })
        {
            Assert.DoesNotContain("commit", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("README", text, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-08-20", text, StringComparison.Ordinal);
        }

        var deskUrl = await AcceptAndPayByBillingCodeAsync(customer, officer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=SignedAgreement", "file", Pdf, "sppd-bertanda-tangan.pdf", "application/pdf"), requestUrl);

        // The officer is mailed to check the signed agreement, with the link to the request.
        var signedMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Surat perjanjian bertanda tangan {number}");
        Assert.Equal(staffUrl, Mailbox.LinkIn(signedMail));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        Assert.Contains(new Rupiah(140_000).ToString(), await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kuitansi"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);

        // Every file of both maps, named on the page, downloaded and read back.
        var delivered = Regex.Matches(await TextOfAsync(customer, requestUrl), "href=\"(/unduh/[^\"]+)\" class=\"\">Produk — [^<]+</a>\\s*<span class=\"small font-monospace\">([^<]+)</span>")
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal(10, delivered.Count);
        foreach (var (regency, count) in new[] { ("3374", 177), ("3373", 23) })
        {
            var name = $"peta-wks-{regency}-desa-{number}";
            var shapefile = MapFiles.Shapefile(await customer.Client.GetByteArrayAsync(delivered[name + "-shp.zip"]));
            var geoPackage = MapFiles.GeoPackage(await customer.Client.GetByteArrayAsync(delivered[name + ".gpkg"]));
            var geoJson = MapFiles.GeoJson(await customer.Client.GetByteArrayAsync(delivered[name + ".geojson"]));
            foreach (var features in new[] { shapefile.Features, geoPackage.Features, geoJson })
            {
                Assert.Equal(count, features.Count);
                Assert.All(features, f => Assert.StartsWith(regency, f.Fields["iddesa"], StringComparison.Ordinal));
                Assert.All(features, f => Assert.True(f.Geometry.IsValid, f.Fields["iddesa"]));
            }

            Assert.Equal("UTF-8", shapefile.Texts[".cpg"]);
            var sheet = MapFiles.PdfText(await customer.Client.GetByteArrayAsync(delivered[name + ".pdf"]), out _);
            Assert.Contains(regency == "3374" ? "Tugu" : "Kecandran", sheet, StringComparison.Ordinal);
            Assert.Contains(number, sheet, StringComparison.Ordinal);
            Assert.Contains("Rina Hapsari", sheet, StringComparison.Ordinal);
            var metadata = Encoding.UTF8.GetString(await customer.Client.GetByteArrayAsync(delivered[name + "-metadata.txt"]));
            Assert.Contains($"Jumlah fitur    : {count} desa/kelurahan", metadata, StringComparison.Ordinal);
        }

        using var other = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Joko", CustomerSegment.Individual);
        Assert.All(delivered.Values, link => Assert.Equal(HttpStatusCode.NotFound, other.StatusOfAsync(link).GetAwaiter().GetResult()));
    }

    /// <summary>The customer writes the data-use abstract of a map request for Kota Semarang (and Salatiga).</summary>
    internal static async Task WriteAbstractAsync(SiteSession customer, string requestUrl)
    {
        var form = await TextOfAsync(customer, requestUrl + "/abstraksi");
        Assert.Contains("Kota Semarang (3374)", form, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "/abstraksi",
            ("Form.Title", "Rencana detail tata ruang Kota Semarang"),
            ("Form.Purpose", "Menyusun peta dasar wilayah kerja statistik untuk perencanaan pembangunan."),
            ("Form.Datasets", "Peta WKS Kota Semarang dan Kota Salatiga per desa/kelurahan"),
            ("Form.Areas", "Kota Semarang, Kota Salatiga"),
            ("Form.Variables", "Batas dan kode desa/kelurahan, untuk menggabungkan data statistik per desa"),
            ("Form.Method", "Analisis spasial dengan SIG"),
            ("Form.Outputs", "Peta tematik dalam dokumen perencanaan"),
            ("Form.Publication", "Dokumen RDTR Kota Semarang"),
            ("Form.NoRedistribution", "true")), requestUrl);
    }
}

public sealed class SqliteMapPurchaseTests : MapPurchaseTests<SqliteAppFactory>
{
    /// <summary>Not a matter of the database engine: run on one.</summary>
    [Fact]
    public async Task Answering_a_product_correction_the_officer_changes_a_maps_formats_but_not_its_areas_or_its_price()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "rina@example.org", "Rina Hapsari", CustomerSegment.Researcher, "Bappeda Kota Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var requestUrl = (await Forms.PostAsync(customer.Client, ItemUrl, Choices("desa", ["3374", "3373"], ["gpkg"]))).Headers.Location!.OriginalString;
        await WriteAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var id = requestUrl.Split('/')[^1];
        var staffUrl = "/admin/permintaan/" + id;
        await AcceptAbstractAndOfferAsync(officer, staffUrl);
        var deskUrl = await AcceptAndPayByBillingCodeAsync(customer, officer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=SignedAgreement", "file", Pdf, "sppd.pdf", "application/pdf"), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "RequestProductCorrection"), ("reason", "GeoPackage tidak terbuka di aplikasi kami, mohon Shapefile")), requestUrl);

        // The officer's page leads to the line's choices, which start from what was delivered; the customer cannot change them.
        var correctionUrl = $"{ItemUrl}?koreksi={id}&baris=1";
        Assert.Contains($"href=\"{correctionUrl}\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        var form = await TextOfAsync(officer, correctionUrl);
        Assert.Matches("<input [^>]*id=\"choice-formats-gpkg\"[^>]*checked", form);
        Assert.DoesNotMatch("<input [^>]*id=\"choice-formats-shp\"[^>]*checked", form);
        Assert.Equal(HttpStatusCode.Forbidden, await customer.StatusOfAsync(correctionUrl));

        // A kabupaten/kota the signed agreement does not name is refused; so is dropping one, which would change the price.
        var beyond = await TextOfAsync(await Forms.PostAsync(officer.Client, correctionUrl, Choices("desa", ["3374", "3373", "3372"], ["gpkg"])));
        Assert.Contains("Perjanjian penggunaan data yang ditandatangani tidak mencantumkan Kabupaten/kota: Kota Surakarta (3372).", beyond, StringComparison.Ordinal);
        var cheaper = await TextOfAsync(await Forms.PostAsync(officer.Client, correctionUrl, Choices("desa", ["3373"], ["gpkg"])));
        Assert.Contains($"Pilihan ini berharga {new Rupiah(70_000)}, sedangkan yang dibayar untuk baris ini {new Rupiah(140_000)}", cheaper, StringComparison.Ordinal);
        Assert.Matches("<input [^>]*id=\"choice-regencies-3373\"[^>]*checked", cheaper); // the choices stay as typed to fix

        // Another format at the same price is taken, and the corrected delivery makes it.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, correctionUrl, Choices("desa", ["3374", "3373"], ["shp"])), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Redeliver"), ("answer", "Kami kirim dalam format Shapefile")), staffUrl);
        var page = await TextOfAsync(customer, requestUrl);
        var names = Regex.Matches(page, "class=\"small font-monospace\">([^<]+)</span>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(names, n => n.EndsWith("-shp.zip", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith(".gpkg", StringComparison.Ordinal));
        Assert.Contains("Kami kirim dalam format Shapefile", page, StringComparison.Ordinal);
        var number = Regex.Match(page, "PST-\\d{4}-\\d{5}").Value;
        var answered = await Mailbox.WaitForAsync(Factory.MailDirectory, "rina@example.org", $"Produk perbaikan permintaan {number} siap diunduh");
        Assert.Contains("Kami kirim dalam format Shapefile", answered.TextBody, StringComparison.Ordinal); // the officer's answer, in the mail too
        Assert.Contains(new Rupiah(140_000).ToString(), await IssuedTextAsync(customer, requestUrl, page, "Kuitansi"), StringComparison.Ordinal); // the money stays as paid
    }
}

public sealed class PostgreSqlMapPurchaseTests : MapPurchaseTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
