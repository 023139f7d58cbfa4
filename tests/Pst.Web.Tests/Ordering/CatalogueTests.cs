using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Features;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Ordering;

/// <summary>The public catalogue from the default recipe: search, filters, the itemised price under the tariff in force, on each provider.</summary>
public abstract class CatalogueTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private HttpClient Client() => Factory.CreateClient();

    [Fact]
    public async Task The_catalogue_lists_the_publications_and_filters_them_by_title_and_year()
    {
        using var client = Client();
        var all = await client.GetStringAsync("/katalog");
        Assert.Contains("6 produk", all, StringComparison.Ordinal); // three publications, a microdata set and its tables, the maps
        Assert.Contains("Provinsi Jawa Tengah Dalam Angka 2026", all, StringComparison.Ordinal);
        Assert.Contains("href=\"/katalog\"", await client.GetStringAsync("/"), StringComparison.Ordinal);

        var poverty = await client.GetStringAsync("/katalog?q=KEMISKINAN");
        Assert.Contains("1 produk", poverty, StringComparison.Ordinal);
        Assert.Contains("Profil Kemiskinan Provinsi Jawa Tengah Maret 2026", poverty, StringComparison.Ordinal);

        var year2025 = await client.GetStringAsync("/katalog?tahun=2025&jenis=publication");
        Assert.Contains("Statistik Kesejahteraan Rakyat Provinsi Jawa Tengah 2025", year2025, StringComparison.Ordinal);
        Assert.DoesNotContain("Dalam Angka 2026", year2025, StringComparison.Ordinal);

        Assert.Contains("id=\"no-results\"", await client.GetStringAsync("/katalog?q=sensus+ekonomi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_shows_its_facts_and_its_itemised_price_in_rupiah_under_the_tariff_in_force()
    {
        using var client = Client();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/katalog/jateng-dalam-angka-2026"));

        Assert.Contains("1102001.33", page, StringComparison.Ordinal);
        Assert.Contains("Jumlah halaman", page, StringComparison.Ordinal);
        Assert.Contains("Tarif menurut PP 13/2024 — besaran masih menunggu konfirmasi kantor", page, StringComparison.Ordinal);
        Assert.Contains("Rp50.000,00", page, StringComparison.Ordinal); // I.A, the first 50 pages
        Assert.Contains("Rp30.000,00", page, StringComparison.Ordinal); // I.B twice: pages 51–100 and 101–120
        Assert.Contains("<td class=\"text-end fw-semibold\" id=\"total\">Rp80.000,00</td>", page, StringComparison.Ordinal);
        Assert.Contains("Salinan elektronik (PDF)", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/katalog/tidak-ada")).StatusCode);
    }

    [Fact]
    public async Task In_English_the_price_names_its_tariff_items_and_writes_amounts_in_English()
    {
        using var client = Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/katalog/jateng-dalam-angka-2026"));

        Assert.Contains("<td class=\"stack-title\">I.A Electronic publication, up to 50 pages</td>", page, StringComparison.Ordinal);
        Assert.Contains("2 × per 50 pages", page, StringComparison.Ordinal); // I.B: pages 51–100 and 101–120
        Assert.Contains("<td class=\"text-end fw-semibold\" id=\"total\">IDR 80,000.00</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Penjualan publikasi elektronik", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_product_module_takes_its_items_out_of_the_catalogue_and_its_name_out_of_the_pages()
    {
        using var client = Client();
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("menjual publikasi, data mikro, tabulasi data mikro dan peta digital wilayah kerja statistik,", home, StringComparison.Ordinal);
        Assert.Contains("Pilih publikasi, data mikro, tabulasi data mikro atau peta digital wilayah kerja statistik dari katalog", home, StringComparison.Ordinal);
        Assert.Contains("(publikasi, data mikro, tabulasi data mikro dan peta digital wilayah kerja statistik)", WebUtility.HtmlDecode(await client.GetStringAsync("/halaman/standar-pelayanan")), StringComparison.Ordinal);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().DisableAsync("Pst.Products.Publications");
        }

        home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("menjual data mikro, tabulasi data mikro dan peta digital wilayah kerja statistik,", home, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", home, StringComparison.Ordinal);

        var microdataOnly = await client.GetStringAsync("/katalog");
        Assert.Contains("3 produk", microdataOnly, StringComparison.Ordinal); // the dataset and its tables, the maps
        Assert.DoesNotContain("Dalam Angka 2026", microdataOnly, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/katalog/jateng-dalam-angka-2026")).StatusCode);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().DisableAsync("Pst.Products.Microdata");
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().DisableAsync("Pst.Products.Maps");
        }

        Assert.Contains("id=\"no-results\"", await client.GetStringAsync("/katalog"), StringComparison.Ordinal);
        foreach (var address in new[] { "/katalog/susenas-kor-rt-2025-03", "/katalog/susenas-kor-rt-2025-03-tabulasi", "/katalog/susenas-kor-rt-2025-03/kamus", "/katalog/susenas-kor-rt-2025-03/unduh/layout", "/katalog/peta-wks-kabupaten-kota", "/peta/batas/kabupaten-kota.geojson" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(address)).StatusCode);
        }
    }
}

public sealed class SqliteCatalogueTests : CatalogueTests<SqliteAppFactory>;

public sealed class PostgreSqlCatalogueTests : CatalogueTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
