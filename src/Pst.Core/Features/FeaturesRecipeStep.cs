using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Features;

/// <summary>Recipe step <c>features</c>: <c>{ "name": "features", "enable": [ … ], "disable": [ … ] }</c>.</summary>
public sealed class FeaturesRecipeStep(FeatureManager features) : IRecipeStep
{
    public string Name => "features";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "enable", "disable");
        var enable = validation.StringArray(step, "enable", validation.StepPath);
        var disable = validation.StringArray(step, "disable", validation.StepPath);
        foreach (var (id, path) in enable.Concat(disable))
        {
            if (features.Graph.Find(id) is null)
            {
                validation.Error(path, "There is no module '{0}'.", id);
            }
        }

        foreach (var (id, path) in disable)
        {
            if (features.Graph.Find(id)?.Manifest.IsCore == true)
            {
                validation.Error(path, "The module '{0}' is part of the core and cannot be disabled.", id);
            }

            if (enable.Any(e => e.Value == id))
            {
                validation.Error(path, "The module '{0}' is both enabled and disabled.", id);
            }
        }
    }

    /// <summary>
    /// The first recipe switches modules as written. On a site set up before, a module switched otherwise than the
    /// recipe says is the administrator's choice and stays so, unless overwriting.
    /// </summary>
    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        foreach (var (id, on, path) in Strings(step, "disable").Select((id, i) => (id, false, RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(execution.StepPath, "disable"), i)))
            .Concat(Strings(step, "enable").Select((id, i) => (id, true, RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(execution.StepPath, "enable"), i)))))
        {
            if (enabled.Contains(id) == on || (execution.SiteSetUp && !execution.Replaces(path, "module " + id, State(!on), State(on))))
            {
                continue;
            }

            if (on)
            {
                await features.EnableAsync(id, cancellationToken);
            }
            else
            {
                await features.DisableAsync(id, cancellationToken);
            }
        }
    }

    private static string State(bool on) => on ? "enabled" : "disabled";

    private static IEnumerable<string> Strings(JsonElement step, string property) =>
        step.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];
}
