using System.Text.Json;
using System.Text.Json.Nodes;
using Pst.Core.Files;
using Pst.Core.Recipes;

namespace Pst.Core.Products;

/// <summary>
/// Recipe step <c>catalogue</c>: items of any installed product type, keyed by code, each checked by its type.
/// <code>{ "name": "catalogue", "items": [ { "code": "jtda-2026", "type": "publication", "title": "…", "attributes": { "pages": 120, "file": "files/jtda-2026.pdf" } } ] }</code>
/// Files named in the type's file attributes (relative to the recipe) are checked by content and put in the file
/// store; an unchanged file (same SHA-256) keeps its stored copy, so applying the recipe again changes nothing.
/// </summary>
public sealed class CatalogueRecipeStep(IEnumerable<IProductType> productTypes, ICatalogueStore catalogue, IFileStore files) : IRecipeStep
{
    private readonly Dictionary<string, IProductType> _types = productTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public string Name => "catalogue";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "items");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in validation.ObjectArray(step, "items", validation.StepPath, "catalogue items"))
        {
            validation.OnlyProperties(item, itemPath, "code", "type", "title", "attributes");
            if (validation.RequiredString(item, "code", itemPath) is { } code && !codes.Add(code))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "code"), "The item '{0}' is listed twice.", code);
            }

            validation.RequiredString(item, "title", itemPath);
            var attributesPath = RecipeStepValidation.PathOf(itemPath, "attributes");
            if (!item.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object)
            {
                validation.Error(attributesPath, "Expected an object of attributes.");
                continue;
            }

            if (validation.RequiredString(item, "type", itemPath) is not { } typeId)
            {
                continue;
            }

            if (!_types.TryGetValue(typeId, out var type))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "type"), "There is no product type '{0}'. Installed: {1}.", typeId, string.Join(", ", _types.Keys.Order(StringComparer.Ordinal)));
                continue;
            }

            type.ValidateCatalogueItem(attributes, attributesPath, validation);
            foreach (var attribute in type.CatalogueFileAttributes.Where(a => attributes.TryGetProperty(a, out _)))
            {
                if (validation.RequiredFile(attributes, attribute, attributesPath) is { } path)
                {
                    var verdict = CatalogueFiles.Inspect(path);
                    if (!verdict.Accepted)
                    {
                        validation.Error(RecipeStepValidation.PathOf(attributesPath, attribute), verdict.ErrorKey!, verdict.Arguments);
                    }
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        foreach (var item in step.GetProperty("items").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            var type = _types[item.GetProperty("type").GetString()!];
            var attributes = JsonNode.Parse(item.GetProperty("attributes").GetRawText())!.AsObject();
            var existing = await catalogue.FindAsync(code, cancellationToken);
            foreach (var attribute in type.CatalogueFileAttributes.Where(a => attributes.ContainsKey(a)))
            {
                var path = Path.GetFullPath(attributes[attribute]!.GetValue<string>(), execution.BaseDirectory!);
                attributes[attribute] = await CatalogueFiles.StoreAsync(files, path, existing?.Attributes[attribute] as JsonObject, cancellationToken: cancellationToken);
            }

            await catalogue.SetAsync(new CatalogueItem(code, type.Id, item.GetProperty("title").GetString()!, attributes), cancellationToken);
        }
    }
}
