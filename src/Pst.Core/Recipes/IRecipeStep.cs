using System.Text.Json;

namespace Pst.Core.Recipes;

/// <summary>
/// One kind of recipe step ("features", "settings", "roles", or a module's own). A step validates its whole
/// JSON before anything is written, and executes as an upsert so that applying a recipe twice changes nothing.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's <c>name</c> property.</summary>
    string Name { get; }

    void Validate(JsonElement step, RecipeStepValidation validation);

    Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken);
}

/// <summary>Who and what an execution runs for (steps may need the recipe's file name for messages, and its folder for the files it names).</summary>
public sealed record RecipeExecution(string File, int Step, string? AppliedBy, string? BaseDirectory = null);
