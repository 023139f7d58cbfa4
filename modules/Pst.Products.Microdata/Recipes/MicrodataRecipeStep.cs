using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Pst.Core.Files;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Data;

namespace Pst.Products.Microdata.Recipes;

/// <summary>
/// Recipe step <c>microdata</c>: datasets with their data dictionaries, one JSON file each, beside the recipe.
/// <code>{ "name": "microdata", "datasets": [ "files/microdata/susenas-kor-2025-03.json" ] }</code>
/// Each dataset becomes a catalogue item of type <c>microdata</c> (its code is the item's code) and its dictionary
/// replaces the stored one. The questionnaire (PDF) and the public sample (CSV of dictionary columns) are stored as
/// free downloads. When the data file is in place, it is read once to count its records, measure its size and profile
/// it for price estimates. A fault inside a dataset file is reported as <c>$.steps[n].datasets[i]:$.path.in.file</c>.
/// </summary>
public sealed class MicrodataRecipeStep(ICatalogueStore catalogue, DictionaryStore dictionaries, IFileStore files, MicrodataSources sources) : IRecipeStep
{
    public string Name => "microdata";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "datasets");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, entryPath) in validation.StringArray(step, "datasets", validation.StepPath, required: true))
        {
            if (validation.FileBesideRecipe(relative, entryPath) is not { } full)
            {
                continue;
            }

            var root = entryPath + ":$";
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(full));
            }
            catch (JsonException e)
            {
                validation.Error(root, "The file '{0}' is not valid JSON: {1}", relative, e.Message);
                continue;
            }

            using (document)
            {
                var dataset = document.RootElement;
                DatasetFile.Validate(dataset, root, validation);
                if (dataset.ValueKind == JsonValueKind.Object && dataset.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && !codes.Add(code.GetString()!))
                {
                    validation.Error(RecipeStepValidation.PathOf(root, "code"), "The dataset '{0}' is listed twice.", code.GetString()!);
                }

                if (dataset.ValueKind == JsonValueKind.Object)
                {
                    ValidateFiles(dataset, root, validation);
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        foreach (var entry in step.GetProperty("datasets").EnumerateArray())
        {
            var path = Path.GetFullPath(entry.GetString()!, execution.BaseDirectory!);
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken));
            await LoadAsync(document.RootElement, execution, cancellationToken);
        }
    }

    /// <summary>The catalogue code of a dataset's tabulation product.</summary>
    public static string TabulationCode(string datasetCode) => datasetCode + "-tabulasi";

    private async Task LoadAsync(JsonElement dataset, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var code = dataset.GetProperty("code").GetString()!;
        var existing = await catalogue.FindAsync(code, cancellationToken);
        var attributes = DatasetFile.ReadFacts(dataset);
        foreach (var property in DatasetFile.FileProperties.Where(p => dataset.TryGetProperty(p, out _)))
        {
            var file = Path.GetFullPath(dataset.GetProperty(property).GetString()!, execution.BaseDirectory!);
            attributes[property] = await CatalogueFiles.StoreAsync(
                files, file, existing?.Attributes[property] as JsonObject, property == "publicSample" ? (".csv", "text/csv") : null, cancellationToken);
        }

        var item = new CatalogueItem(code, MicrodataProductType.TypeId, dataset.GetProperty("title").GetString()!, attributes);
        if (await sources.FindAsync(item, cancellationToken) is { } data)
        {
            Measure(attributes, existing, data);
        }
        else
        {
            execution.Note(execution.StepPath, "The data file of dataset '{0}' is not in place (configure Microdata:Sources:{0}); it cannot be ordered until it is.", code);
        }

        await catalogue.SetAsync(item, cancellationToken);
        await dictionaries.SetAsync(code, DatasetFile.ReadVariables(dataset, code), cancellationToken);
        if (dataset.TryGetProperty("tabulation", out var tabulation))
        {
            // Tables made from the dataset (tariff II.B): their own item, pointing at the dataset, with its facts.
            var facts = DatasetFile.ReadFacts(dataset);
            facts.Remove("description");
            facts[Tabulation.TabulationProductType.DatasetAttribute] = code;
            await catalogue.SetAsync(new CatalogueItem(TabulationCode(code), Tabulation.TabulationProductType.TypeId, tabulation.GetString()!, facts), cancellationToken);
        }
    }

    /// <summary>Records, size and profile of the data file; an unchanged file (same length and time) keeps its earlier profile.</summary>
    private static void Measure(JsonObject attributes, CatalogueItem? existing, string data)
    {
        var info = new FileInfo(data);
        var stamp = $"{info.Length}/{info.LastWriteTimeUtc.Ticks}";
        if (existing?.Attributes["profile"] is JsonObject profile && existing.GetString("profiledFile") == stamp)
        {
            attributes["profile"] = profile.DeepClone();
        }
        else
        {
            using var source = File.OpenRead(data);
            attributes["profile"] = DataProfiler.Profile(source, attributes["provinceVariable"]!.GetValue<string>(), attributes["regencyVariable"]!.GetValue<string>()).ToJson();
        }

        attributes["profiledFile"] = stamp;
        attributes["recordCount"] = attributes["profile"]!["records"]!.DeepClone();
        attributes["sizeBytes"] = info.Length;
    }

    /// <summary>The questionnaire must be a PDF; the public sample a UTF-8 CSV whose columns are all in the dictionary.</summary>
    private static void ValidateFiles(JsonElement dataset, string root, RecipeStepValidation validation)
    {
        if (dataset.TryGetProperty("questionnaire", out _) && validation.RequiredFile(dataset, "questionnaire", root) is { } questionnaire
            && CatalogueFiles.Inspect(questionnaire) is { Accepted: true, Extension: not ".pdf" } or { Accepted: false })
        {
            validation.Error(RecipeStepValidation.PathOf(root, "questionnaire"), "The questionnaire must be a PDF file.");
        }

        if (dataset.TryGetProperty("publicSample", out _) && validation.RequiredFile(dataset, "publicSample", root) is { } sample)
        {
            var names = dataset.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Array
                ? variables.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String).Select(v => v.GetProperty("name").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];
            if (ReadHeader(sample) is not { } header)
            {
                validation.Error(RecipeStepValidation.PathOf(root, "publicSample"), "The public sample must be a UTF-8 CSV file.");
            }
            else if (header.FirstOrDefault(h => !names.Contains(h)) is { } unknown)
            {
                validation.Error(RecipeStepValidation.PathOf(root, "publicSample"), "The public sample has a column '{0}' that is not in the dictionary.", unknown);
            }
        }
    }

    private static IReadOnlyList<string>? ReadHeader(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            using var text = new StreamReader(stream, strict);
            var content = text.ReadToEnd();
            if (content.Contains('\0', StringComparison.Ordinal))
            {
                return null;
            }

            using var reader = new Extraction.CsvRecordReader(new MemoryStream(strict.GetBytes(content)));
            while (reader.ReadRecord())
            {
            }

            return reader.Header.Count > 0 ? reader.Header : null;
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
        {
            return null;
        }
    }
}
