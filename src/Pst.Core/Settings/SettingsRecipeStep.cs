using System.Text.Json;
using System.Text.Json.Nodes;
using Pst.Core.Recipes;

namespace Pst.Core.Settings;

/// <summary>Recipe step <c>settings</c>: <c>{ "name": "settings", "settings": { "office": { … } } }</c>. Each value replaces the stored one.</summary>
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
        foreach (var property in step.GetProperty("settings").EnumerateObject())
        {
            await settings.SetAsync(property.Name, JsonNode.Parse(property.Value.GetRawText()), cancellationToken);
        }
    }
}
