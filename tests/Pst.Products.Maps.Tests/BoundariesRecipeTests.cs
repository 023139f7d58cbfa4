using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Tests;

/// <summary>
/// The <c>boundaries</c> recipe step on a real database: the Jawa Tengah layers imported with their edition and a
/// report, applied again without change, replaced by a new edition; faulty layers (a duplicate code, a missing parent,
/// a broken file) refused with the layer, feature and reason and nothing of them stored; a bow tie repaired and noted.
/// </summary>
public sealed class BoundariesRecipeTests : IAsyncLifetime
{
    private MapsSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await MapsSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_jawa_tengah_layers_are_imported_with_their_edition_and_a_report_and_once_only()
    {
        _site.CopyJawaTengah();
        var run = await _site.ApplyAsync();

        var report = Assert.Single(run.Notes, n => n.Message.StartsWith("Boundaries imported", StringComparison.Ordinal));
        Assert.Equal("$.steps[0].layers", report.Path);
        Assert.Equal("Boundaries imported: 1 provinsi, 35 kabupaten/kota, 576 kecamatan, 8563 desa/kelurahan; 0 geometries repaired.", report.ToString()[(report.ToString().IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        var edition = await _site.EditionAsync();
        Assert.NotNull(edition);
        Assert.Equal((1, 35, 576, 8563), (edition.Provinces, edition.Regencies, edition.Districts, edition.Villages));
        Assert.Equal((new DateOnly(2026, 8, 20), "tester"), (edition.Date, edition.ImportedBy));
        Assert.Equal("Batas wilayah Provinsi Jawa Tengah, cahyadsn/wilayah_boundaries 3c5a796, keadaan 20 Agustus 2026", edition.Describe());

        var boundaries = await _site.BoundariesAsync();
        var semarang = boundaries!.Set.Find(BoundaryLevel.Regency, "3374")!;
        Assert.Equal(177, boundaries.Set.Within(semarang, BoundaryLevel.Village).Count);
        Assert.Equal("33.74.01", boundaries.Set.Find(BoundaryLevel.District, "3374130")!.KemendagriCode);
        Assert.True(boundaries.Set.Find(BoundaryLevel.Regency, "3322")!.Geometry.IsValid);

        // The same files and edition again: nothing is imported, no second edition.
        var again = await _site.ApplyAsync();
        Assert.DoesNotContain(again.Notes, n => n.Message.StartsWith("Boundaries imported", StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync<BoundaryEdition>());

        // A new edition replaces the areas and is what maps print from then on.
        await _site.ApplyAsync(date: "2026-11-01");
        Assert.Equal(2, await CountAsync<BoundaryEdition>());
        Assert.Equal(9175, await CountAsync<StoredArea>());
        Assert.Equal(new DateOnly(2026, 11, 1), (await _site.BoundariesAsync())!.Edition.Date);
    }

    [Fact]
    public async Task Faulty_layers_are_refused_with_the_feature_and_the_reason_and_the_stored_edition_stays_whole()
    {
        _site.CopyJawaTengah();
        await _site.ApplyAsync();
        var before = await _site.EditionAsync();

        Write("duplicate", kecamatan: [District("3374010", "Satu", West), District("3374010", "Dua", East)], desa: [Village("3374011001", "3374010", West)]);
        var duplicate = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync("files/duplicate", date: "2026-12-01"));
        var fault = Assert.Single(duplicate.Errors);
        Assert.Equal("$.steps[0].layers.kecamatan", fault.Path);
        Assert.Equal("Feature 1 (3374010): The code '3374010' is used by another feature of this layer.", string.Format(System.Globalization.CultureInfo.InvariantCulture, fault.Message, fault.Arguments));

        Write("orphan", desa: [Village("3374011001", "3374010", West), Village("3374021001", "3374099", East)]);
        var orphan = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync("files/orphan", date: "2026-12-01"));
        var missing = Assert.Single(orphan.Errors);
        Assert.Equal("$.steps[0].layers.desa", missing.Path);
        Assert.Equal("Feature 1 (3374021001): Its parent '3374099' is not in the kecamatan layer.", string.Format(System.Globalization.CultureInfo.InvariantCulture, missing.Message, missing.Arguments));

        Write("broken");
        await File.WriteAllTextAsync(Path.Combine(_site.RecipeFolder, "files", "broken", "k.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{");
        var broken = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync("files/broken", date: "2026-12-01"));
        Assert.Contains(broken.Errors, e => e.Path == "$.steps[0].layers.kabupaten_kota" && e.Arguments[2].ToString()!.Contains("not a GeoJSON FeatureCollection", StringComparison.Ordinal));

        var missingFile = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync("files/none", date: "2026-12-01"));
        Assert.Equal(4, missingFile.Errors.Count(e => e.Path.StartsWith("$.steps[0].layers.", StringComparison.Ordinal)));

        // Nothing of the refused recipes was stored: the earlier edition and its 9,175 areas are as they were.
        Assert.Equal(before!.Id, (await _site.EditionAsync())!.Id);
        Assert.Equal(1, await CountAsync<BoundaryEdition>());
        Assert.Equal(9175, await CountAsync<StoredArea>());
    }

    [Fact]
    public async Task A_bow_tie_is_repaired_and_the_repair_is_noted_on_the_run_and_kept_with_the_edition()
    {
        Write("repaired", desa: [Village("3374011001", "3374010", "[[[110,-7],[110.1,-7.2],[110.1,-7],[110,-7.2],[110,-7]]]"), Village("3374021001", "3374020", East)]);
        var run = await ApplyAsync("files/repaired");

        Assert.Contains(run.Notes, n => n.ToString().EndsWith("1 provinsi, 1 kabupaten/kota, 2 kecamatan, 2 desa/kelurahan; 1 geometries repaired.", StringComparison.Ordinal));
        var noted = Assert.Single(run.Notes, n => n.Message.StartsWith("Repaired", StringComparison.Ordinal));
        Assert.Equal("$.steps[0].layers.desa", noted.Path);
        Assert.Equal("3374011001", noted.Arguments[0]);
        Assert.Contains("desa 3374011001: Self-intersection", (await _site.EditionAsync())!.Repairs, StringComparison.OrdinalIgnoreCase);
        Assert.True((await _site.BoundariesAsync())!.Set.Find(BoundaryLevel.Village, "3374011001")!.Geometry.IsValid);
    }

    private const string West = "[[[110,-7],[110.1,-7],[110.1,-7.2],[110,-7.2],[110,-7]]]";
    private const string East = "[[[110.1,-7],[110.2,-7],[110.2,-7.2],[110.1,-7.2],[110.1,-7]]]";
    private const string Whole = "[[[110,-7],[110.2,-7],[110.2,-7.2],[110,-7.2],[110,-7]]]";

    private static string District(string code, string name, string polygon) => Feature(code, name, "kecamatan", "3374", polygon);

    private static string Village(string code, string parent, string polygon) => Feature(code, "Desa " + code, "desa", parent, polygon);

    private static string Feature(string code, string name, string level, string parent, string polygon) =>
        $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"{code}\",\"name\":\"{name}\",\"level\":\"{level}\",\"parent_code\":\"{parent}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{polygon}}}}}";

    /// <summary>A small set of four layers (files p, k, c, d) in <c>files/{folder}</c>; each layer may be given instead.</summary>
    private void Write(string folder, string[]? kecamatan = null, string[]? desa = null)
    {
        var path = Path.Combine(_site.RecipeFolder, "files", folder);
        Directory.CreateDirectory(path);
        void Layer(string file, IEnumerable<string> features) =>
            File.WriteAllText(Path.Combine(path, file), $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(',', features)}]}}");
        Layer("p.geojson", [Feature("33", "Jawa Tengah", "provinsi", "", Whole)]);
        Layer("k.geojson", [Feature("3374", "Kota Semarang", "kabupaten_kota", "33", Whole)]);
        Layer("c.geojson", kecamatan ?? [District("3374010", "Satu", West), District("3374020", "Dua", East)]);
        Layer("d.geojson", desa ?? [Village("3374011001", "3374010", West), Village("3374021001", "3374020", East)]);
    }

    private Task<RecipeRun> ApplyAsync(string folder, string date = "2026-08-20") => _site.ApplyAsync(folder, date, ["p.geojson", "k.geojson", "c.geojson", "d.geojson"]);

    private Task<int> CountAsync<T>() where T : class => _site.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<T>().CountAsync());
}
