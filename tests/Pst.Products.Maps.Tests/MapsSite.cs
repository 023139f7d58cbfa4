using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Data.Providers;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Tests;

/// <summary>A site with the maps module on a real SQLite database, and a recipe folder to put boundary layers in.</summary>
public sealed class MapsSite : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-maps-").FullName;

    private MapsSite()
    {
    }

    public ServiceProvider Services { get; private set; } = null!;

    public string RecipeFolder => Path.Combine(_directory, "recipes");

    public static async Task<MapsSite> StartAsync()
    {
        var site = new MapsSite();
        site.Services = ModuleServices.Build(
            [new Pst.Ordering.OrderingModule(), new MapsModule()],
            await ModuleServices.MigratedSqliteAsync(site._directory),
            site._directory);
        Directory.CreateDirectory(Path.Combine(site.RecipeFolder, "files"));
        return site;
    }

    /// <summary>Copies the project's Jawa Tengah layers beside the recipe, under <c>files/wilayah</c>.</summary>
    public void CopyJawaTengah()
    {
        var folder = Path.Combine(RecipeFolder, "files", "wilayah");
        Directory.CreateDirectory(folder);
        foreach (var (file, _) in JawaTengahLayers.Files)
        {
            File.Copy(JawaTengahLayers.PathOf(file), Path.Combine(folder, file), overwrite: true);
        }
    }

    /// <summary>Applies a recipe of one boundaries step over four files beside it (relative paths) and the given edition date.</summary>
    public async Task<RecipeRun> ApplyAsync(string folder = "files/wilayah", string date = "2026-08-20", string[]? files = null)
    {
        files ??= JawaTengahLayers.Files.Select(f => f.File).ToArray();
        var path = Path.Combine(RecipeFolder, "maps.recipe.json");
        await File.WriteAllTextAsync(path, $$"""
            { "name": "maps-test", "steps": [ { "name": "boundaries",
              "edition": { "title": "Batas wilayah Provinsi Jawa Tengah", "source": "cahyadsn/wilayah_boundaries 3c5a796", "date": "{{date}}", "licence": "MIT, © 2024 Cahya DSN" },
              "layers": { "provinsi": "{{folder}}/{{files[0]}}", "kabupaten_kota": "{{folder}}/{{files[1]}}", "kecamatan": "{{folder}}/{{files[2]}}", "desa": "{{folder}}/{{files[3]}}" } } ] }
            """, Encoding.UTF8);
        return await Services.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyFileAsync(path, "tester"));
    }

    public Task<BoundaryEdition?> EditionAsync() => Services.InScopeAsync(sp => sp.GetRequiredService<BoundaryStore>().CurrentAsync());

    public Task<LoadedBoundaries?> BoundariesAsync() =>
        Services.InScopeAsync(sp => sp.GetRequiredService<BoundaryCache>().GetAsync(sp.GetRequiredService<BoundaryStore>()));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
