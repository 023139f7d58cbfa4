using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Products.Maps.Catalogue;
using Pst.Products.Maps.Export;

namespace Pst.Products.Maps.Tests;

/// <summary>
/// The product type on a site with the Jawa Tengah layers imported: the choices (35 kabupaten/kota with the map
/// picker, two levels, four formats), one map per kabupaten/kota priced from the schedule in force, the abstract
/// and agreement asked, each line described for the agreement, and delivery of every chosen file per map.
/// </summary>
public sealed class MapProductTypeTests : IAsyncLifetime
{
    private static readonly CatalogueItem Item = new("peta-wks-kabupaten-kota", MapProductType.TypeId, "Peta Digital WKS Kabupaten/Kota",
        JsonNode.Parse("""{ "tariffs": { "kecamatan": "III.C", "desa": "III.D" } }""")!.AsObject());

    private static readonly TariffSchedule Schedule = new("PP 13/2024", new DateOnly(2024, 10, 1),
    [
        new("III.A", "Peta digital WKS Indonesia per kecamatan", "per peta", new Rupiah(12_000_000)),
        new("III.B", "Peta digital WKS Indonesia per desa", "per peta", new Rupiah(36_000_000)),
        new("III.C", "Peta digital WKS kabupaten/kota per kecamatan", "per peta", new Rupiah(30_000)),
        new("III.D", "Peta digital WKS kabupaten/kota per desa/kelurahan", "per peta", new Rupiah(70_000)),
    ]);

    private MapsSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await MapsSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static ProductLine Line(string level, string[] regencies, string[] formats, SalesChannel channel = SalesChannel.Online) =>
        new(Item, LineChoices.Of((MapProductType.RegenciesChoice, regencies), (MapProductType.LevelChoice, [level]), (MapProductType.FormatsChoice, formats)),
            new OrderingContext(channel, CustomerSegment.Researcher, Domicile.Indonesia, new DateOnly(2026, 12, 2)));

    private Task<T> WithTypeAsync<T>(Func<IProductType, Task<T>> use) =>
        _site.Services.InScopeAsync(sp => use(sp.GetServices<IProductType>().Single(t => t.Id == MapProductType.TypeId)));

    [Fact]
    public async Task Three_kabupaten_kota_by_desa_are_three_maps_of_III_D_and_one_by_kecamatan_one_of_III_C()
    {
        _site.CopyJawaTengah();
        await _site.ApplyAsync();

        var byDesa = await WithTypeAsync(t => t.PriceAsync(Line("desa", ["3374", "3322", "3373"], [MapFormat.GeoPackage]), Schedule, default));
        var component = Assert.Single(byDesa.Components);
        Assert.Equal(("III.D", 3m, 70_000L, 210_000L), (component.TariffCode, component.Quantity, component.UnitPrice.Amount, component.Amount.Amount));
        Assert.False(byDesa.Estimate);

        var byKecamatan = await WithTypeAsync(t => t.PriceAsync(Line("kecamatan", ["3322"], [MapFormat.Pdf]), Schedule, default));
        Assert.Equal(("III.C", 30_000L), (byKecamatan.Components[0].TariffCode, byKecamatan.Total.Amount));

        // The whole province is its 35 kabupaten/kota maps.
        var codes = (await WithTypeAsync(t => t.DescribeChoicesAsync(Item, SalesChannel.Online, default)))[0].Options.Select(o => o.Value).ToList();
        var province = await WithTypeAsync(t => t.PriceAsync(Line("kecamatan", [.. codes], [MapFormat.GeoPackage]), Schedule, default));
        Assert.Equal(("III.C", 35m, 1_050_000L), (province.Components[0].TariffCode, province.Components[0].Quantity, province.Total.Amount));

        // The rows the office has not filled in yet cannot be priced on.
        var unset = Schedule with { Items = [new("III.D", "Peta digital WKS kabupaten/kota per desa/kelurahan", "per peta", null)] };
        await Assert.ThrowsAsync<TariffNotSetException>(() => WithTypeAsync(t => t.PriceAsync(Line("desa", ["3374"], [MapFormat.Pdf]), unset, default)));
    }

    [Fact]
    public async Task The_choices_come_from_the_imported_boundaries_and_maps_need_the_abstract_and_the_agreement()
    {
        var before = await WithTypeAsync(t => t.ValidateAsync(Line("desa", ["3374"], [MapFormat.Pdf]), default));
        Assert.Equal("The boundaries of the maps are not available yet. Please ask the office.", Assert.Single(before).Message);

        _site.CopyJawaTengah();
        await _site.ApplyAsync();
        foreach (var channel in new[] { SalesChannel.Online, SalesChannel.WalkIn })
        {
            var choices = await WithTypeAsync(t => t.DescribeChoicesAsync(Item, channel, default));
            Assert.Equal([MapProductType.RegenciesChoice, MapProductType.LevelChoice, MapProductType.FormatsChoice], choices.Select(c => c.Key));
            var regencies = choices[0];
            Assert.Equal(35, regencies.Options.Count);
            Assert.Contains(regencies.Options, o => o.Value == "3374" && o.Label == "Kota Semarang (3374)");
            Assert.All(regencies.Options, o => Assert.Equal("Jawa Tengah (33)", o.Group)); // one section: "pick all" is the province
            Assert.True(regencies.Searchable);
            Assert.Equal(("map", MapAddresses.RegencyLayer), (regencies.Picker!.Kind, regencies.Picker.DataUrl));
            Assert.Equal(["kecamatan", "desa"], choices[1].Options.Select(o => o.Value));
            Assert.Equal(["shp", "gpkg", "geojson", "pdf"], choices[2].Options.Select(o => o.Value));
        }

        Assert.Empty(await WithTypeAsync(t => t.ValidateAsync(Line("desa", ["3374"], [MapFormat.Pdf]), default)));
        var requirements = await WithTypeAsync(t => Task.FromResult(t.Requirements(Line("desa", ["3374"], [MapFormat.Pdf]))));
        Assert.Equal([DocumentCodes.DataUseAbstract], requirements.Documents.Select(d => d.Code));
        Assert.True(requirements.NeedsAgreement);
        Assert.False(requirements.NeedsSample);

        var details = await WithTypeAsync(t => t.DescribeLineAsync(Line("desa", ["3374", "3322"], [MapFormat.Shapefile, MapFormat.Pdf]), default));
        Assert.Equal(["Kota Semarang (3374): 177 desa/kelurahan", "Kabupaten Semarang (3322): 235 desa/kelurahan"], details.Single(d => d.Label == "Maps").Values);
        Assert.Equal(["Shapefile (zip)", "PDF map (A3)", "Metadata (TXT)"], details.Single(d => d.Label == "Formats").Values);
        Assert.Equal("Batas wilayah Provinsi Jawa Tengah, cahyadsn/wilayah_boundaries 3c5a796, keadaan 20 Agustus 2026", Assert.Single(details.Single(d => d.Label == "Boundary edition").Values));
    }

    [Fact]
    public async Task Delivery_writes_the_chosen_formats_and_the_metadata_for_each_map()
    {
        _site.CopyJawaTengah();
        await _site.ApplyAsync();
        var target = new MemoryTarget();
        await WithTypeAsync(async t =>
        {
            await t.DeliverAsync(new DeliveryContext(Line("kecamatan", ["3374", "3373"], [MapFormat.GeoJson, MapFormat.Pdf], SalesChannel.WalkIn), "PST-2026-00007", "Budi Santoso", target), default);
            return true;
        });

        Assert.Equal(
        [
            "peta-wks-3374-kecamatan-PST-2026-00007.geojson", "peta-wks-3374-kecamatan-PST-2026-00007.pdf", "peta-wks-3374-kecamatan-PST-2026-00007-metadata.txt",
            "peta-wks-3373-kecamatan-PST-2026-00007.geojson", "peta-wks-3373-kecamatan-PST-2026-00007.pdf", "peta-wks-3373-kecamatan-PST-2026-00007-metadata.txt",
        ], target.Files.Select(f => f.Name));
        Assert.Equal(16, MapFiles.GeoJson(target.Files[0].Content).Count);
        Assert.Equal(4, MapFiles.GeoJson(target.Files[3].Content).Count);
        Assert.Contains("Kota Salatiga", MapFiles.PdfText(target.Files[4].Content, out _));
        Assert.Equal(("application/geo+json", "application/pdf"), (target.Files[0].ContentType, target.Files[1].ContentType));
    }
}
