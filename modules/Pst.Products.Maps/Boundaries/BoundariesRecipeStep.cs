using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Products.Maps.Boundaries;

/// <summary>
/// Recipe step <c>boundaries</c>: the four boundary layers (GeoJSON beside the recipe) and their edition.
/// <code>
/// { "name": "boundaries",
///   "edition": { "title": "…", "source": "…", "date": "2026-08-20", "licence": "…" },
///   "layers": { "provinsi": "files/wilayah/provinsi_33.geojson", "kabupaten_kota": "…", "kecamatan": "…", "desa": "…" } }
/// </code>
/// The layers are read and checked as one set while the recipe is validated: a fault names the layer, the feature's
/// position and code, and the reason, and refuses the whole recipe, so nothing is half-imported. A repaired geometry
/// is not a fault; it is noted on the run with what was imported. The same files and edition import nothing again.
/// </summary>
public sealed class BoundariesRecipeStep(BoundaryStore store, TimeProvider clock) : IRecipeStep
{
    /// <summary>The <c>layers</c> keys, as the files name their levels.</summary>
    private static readonly IReadOnlyList<(string Key, BoundaryLevel Level)> LayerKeys =
        Enum.GetValues<BoundaryLevel>().Select(level => (BoundaryLevels.Key(level), level)).ToList();

    public string Name => "boundaries";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "edition", "layers");
        var editionPath = RecipeStepValidation.PathOf(validation.StepPath, "edition");
        if (!step.TryGetProperty("edition", out var edition) || edition.ValueKind != JsonValueKind.Object)
        {
            validation.Error(editionPath, "Expected an object with the edition's title, source, date and licence.");
        }
        else
        {
            validation.OnlyProperties(edition, editionPath, "title", "source", "date", "licence");
            validation.RequiredString(edition, "title", editionPath);
            validation.RequiredString(edition, "source", editionPath);
            validation.RequiredDate(edition, "date", editionPath);
            validation.RequiredString(edition, "licence", editionPath);
        }

        var layersPath = RecipeStepValidation.PathOf(validation.StepPath, "layers");
        if (!step.TryGetProperty("layers", out var files) || files.ValueKind != JsonValueKind.Object)
        {
            validation.Error(layersPath, "Expected an object naming the files of the layers provinsi, kabupaten_kota, kecamatan and desa.");
            return;
        }

        validation.OnlyProperties(files, layersPath, LayerKeys.Select(k => k.Key).ToArray());
        var layers = new List<BoundaryLayer>();
        foreach (var (key, level) in LayerKeys)
        {
            if (validation.RequiredFile(files, key, layersPath) is { } path)
            {
                layers.Add(BoundaryFiles.Read(path, level).Layer);
            }
        }

        if (layers.Count < LayerKeys.Count)
        {
            return;
        }

        foreach (var fault in BoundarySet.Of(layers).Faults)
        {
            validation.Error(RecipeStepValidation.PathOf(layersPath, BoundaryLevels.Key(fault.Level)), "Feature {0} ({1}): {2}", fault.Feature, fault.Code ?? "-", fault.Message);
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var edition = step.GetProperty("edition");
        var files = step.GetProperty("layers");
        var read = LayerKeys.Select(k => BoundaryFiles.Read(Path.GetFullPath(files.GetProperty(k.Key).GetString()!, execution.BaseDirectory!), k.Level)).ToList();
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(edition.GetRawText() + string.Concat(read.Select(r => r.Sha256)))));
        if (await store.CurrentAsync(cancellationToken) is { } current && current.Sha256 == sha)
        {
            return;
        }

        var set = BoundarySet.Of(read.Select(r => r.Layer).ToList()).Set!;
        var repairs = set.Layers.SelectMany(l => l.Repairs).ToList();
        var counted = set.Layers.ToDictionary(l => l.Level, l => l.Areas.Count);
        await store.ReplaceAsync(set, new BoundaryEdition
        {
            Title = edition.GetProperty("title").GetString()!,
            Source = edition.GetProperty("source").GetString()!,
            Date = RecipeStepValidation.ReadDate(edition.GetProperty("date")),
            Licence = edition.GetProperty("licence").GetString()!,
            Sha256 = sha,
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = execution.AppliedBy,
            Provinces = counted[BoundaryLevel.Province],
            Regencies = counted[BoundaryLevel.Regency],
            Districts = counted[BoundaryLevel.District],
            Villages = counted[BoundaryLevel.Village],
            Repairs = string.Join('\n', repairs.Select(r => $"{BoundaryLevels.Key(r.Level)} {r.Code}: {r.Problem}")),
        }, cancellationToken);

        var layersPath = RecipeStepValidation.PathOf(execution.StepPath, "layers");
        execution.Note(layersPath, "Boundaries imported: {0} provinsi, {1} kabupaten/kota, {2} kecamatan, {3} desa/kelurahan; {4} geometries repaired.",
            counted[BoundaryLevel.Province], counted[BoundaryLevel.Regency], counted[BoundaryLevel.District], counted[BoundaryLevel.Village], repairs.Count);
        foreach (var repair in repairs)
        {
            execution.Note(RecipeStepValidation.PathOf(layersPath, BoundaryLevels.Key(repair.Level)), "Repaired the geometry of {0}: {1}", repair.Code, repair.Problem);
        }
    }
}
