using System.Globalization;

namespace Pst.Core.Recipes;

/// <summary>
/// A fault in a recipe: the file, the step (1-based; null for the recipe's head) and the JSON path of the fault.
/// <see cref="Message"/> is a localisation key formatted with <see cref="Arguments"/>.
/// </summary>
public sealed record RecipeError(string File, int? Step, string Path, string Message, params object[] Arguments)
{
    public string Describe(Func<string, object[], string>? localize = null)
    {
        var text = localize is null ? string.Format(CultureInfo.InvariantCulture, Message, Arguments) : localize(Message, Arguments);
        return Step is null ? $"{File} {Path}: {text}" : $"{File} #{Step} {Path}: {text}";
    }

    public override string ToString() => Describe();
}

/// <summary>The recipe was refused; nothing was written.</summary>
public sealed class RecipeRejectedException(IReadOnlyList<RecipeError> errors)
    : Exception("The recipe was refused and nothing was written:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
