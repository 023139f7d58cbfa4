using System.Text.Json;
using System.Text.Json.Nodes;
using Pst.Core.Recipes;

namespace Pst.Core.Settings;

/// <summary>
/// Recipe step <c>settings</c>: <c>{ "name": "settings", "settings": { "office": { … } } }</c>. A setting (or a
/// property of an object setting) the site lacks is written; one it holds differently is kept unless overwriting.
/// </summary>
public sealed class SettingsRecipeStep(ISiteSettings settings, IEnumerable<ISettingDefinition> definitions) : IRecipeStep
{
    private readonly Dictionary<string, ISettingDefinition> _definitions = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public string Name => "settings";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "settings");
        var path = RecipeStepValidation.PathOf(validation.StepPath, "settings");
        if (!step.TryGetProperty("settings", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object of settings.");
            return;
        }

        foreach (var property in values.EnumerateObject())
        {
            var propertyPath = RecipeStepValidation.PathOf(path, property.Name);
            if (_definitions.TryGetValue(property.Name, out var definition))
            {
                definition.Validate(property.Value, propertyPath, validation);
            }
            else
            {
                validation.Error(propertyPath, "Unknown setting '{0}'. Known settings: {1}.", property.Name, string.Join(", ", _definitions.Keys.Order(StringComparer.Ordinal)));
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var path = RecipeStepValidation.PathOf(execution.StepPath, "settings");
        foreach (var property in step.GetProperty("settings").EnumerateObject())
        {
            var written = JsonNode.Parse(property.Value.GetRawText());
            var stored = await settings.GetAsync(property.Name, cancellationToken);
            var merged = stored is null || !execution.SiteSetUp ? written : Merge(stored, written, RecipeStepValidation.PathOf(path, property.Name), property.Name, execution);
            if (!JsonNode.DeepEquals(merged, stored))
            {
                await settings.SetAsync(property.Name, merged, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The stored value with what the recipe adds: properties the site lacks are added; a value the site holds
    /// differently is kept, or replaced when the recipe is applied with overwrite (both noted).
    /// </summary>
    private static JsonNode? Merge(JsonNode stored, JsonNode? written, string path, string what, RecipeExecution execution)
    {
        if (stored is JsonObject site && written is JsonObject recipe)
        {
            var merged = site.DeepClone().AsObject();
            foreach (var (name, value) in recipe)
            {
                merged[name] = merged.TryGetPropertyValue(name, out var held) && held is not null
                    ? Merge(held, value, RecipeStepValidation.PathOf(path, name), $"{what}.{name}", execution)
                    : value?.DeepClone();
            }

            return merged;
        }

        return JsonNode.DeepEquals(stored, written) || !execution.Replaces(path, "setting " + what, stored.ToJsonString(), written?.ToJsonString() ?? "null")
            ? stored.DeepClone()
            : written?.DeepClone();
    }
}
