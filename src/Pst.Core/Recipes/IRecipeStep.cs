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
public sealed record RecipeExecution(string File, int Step, string? AppliedBy, string? BaseDirectory = null)
{
    /// <summary>What the step chose not to do and the person applying the recipe should know (kept on the run).</summary>
    public IList<RecipeNote> Notes { get; init; } = new List<RecipeNote>();

    /// <summary>
    /// A recipe was applied to this site before: the values the site holds are the office's (an administrator may
    /// have changed them) and a step keeps them unless <see cref="Overwrite"/>. False only for the first recipe.
    /// </summary>
    public bool SiteSetUp { get; init; }

    /// <summary>Asked for explicitly (<c>recipe apply --overwrite</c>): the recipe's values replace the site's, each change noted.</summary>
    public bool Overwrite { get; init; }

    /// <summary>
    /// For a value the site holds and the recipe writes differently: whether to replace it. Only when overwriting;
    /// otherwise the site's value is kept. Either way the run says so.
    /// </summary>
    public bool Replaces(string path, string what, object siteValue, object recipeValue)
    {
        Note(path, Overwrite ? "Changed {0}: {1} becomes {2}, as the recipe says." : "Kept {0}: the site has {1}, the recipe says {2}.", what, siteValue, recipeValue);
        return Overwrite;
    }

    /// <summary>The step's JSON path (<c>$.steps[2]</c>), the same the validation reports faults under.</summary>
    public string StepPath => $"$.steps[{Step - 1}]";

    public void Note(string path, string message, params object[] arguments) => Notes.Add(new RecipeNote(File, Step, path, message, arguments));
}

/// <summary>A remark of a step about the site as it found it (an editor's later change kept, for instance); not a fault.</summary>
public sealed record RecipeNote(string File, int Step, string Path, string Message, params object[] Arguments)
{
    public override string ToString() => $"{File} #{Step} {Path}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, Arguments)}";
}
