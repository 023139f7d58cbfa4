using System.Text.Json;

namespace Pst.Core.Recipes;

/// <summary>Collects the faults of one step, each with its JSON path, and offers the common shape checks.</summary>
public sealed class RecipeStepValidation(string file, int step, string stepPath, List<RecipeError> errors)
{
    public string StepPath { get; } = stepPath;

    public void Error(string path, string message, params object[] arguments) =>
        errors.Add(new RecipeError(file, step, path, message, arguments));

    public static string PathOf(string parent, string property) => $"{parent}.{property}";

    public static string PathOf(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Reports properties other than <paramref name="allowed"/> (typos must not be ignored silently).</summary>
    public void OnlyProperties(JsonElement element, string path, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            Error(PathOf(path, property.Name), "Unknown property '{0}'. Expected one of: {1}.", property.Name, string.Join(", ", allowed));
        }
    }

    /// <summary>An optional array of non-empty strings; returns the strings that are valid.</summary>
    public IReadOnlyList<(string Value, string Path)> StringArray(JsonElement parent, string property, string parentPath, bool required = false)
    {
        var path = PathOf(parentPath, property);
        if (!parent.TryGetProperty(property, out var array))
        {
            if (required)
            {
                Error(path, "The property '{0}' is required.", property);
            }

            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Error(path, "Expected an array of text values.");
            return [];
        }

        var values = new List<(string, string)>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = PathOf(path, index++);
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Error(itemPath, "Expected a non-empty text value.");
            }
            else
            {
                values.Add((item.GetString()!, itemPath));
            }
        }

        return values;
    }

    /// <summary>A required non-empty string property.</summary>
    public string? RequiredString(JsonElement parent, string property, string parentPath)
    {
        var path = PathOf(parentPath, property);
        if (!parent.TryGetProperty(property, out var value))
        {
            Error(path, "The property '{0}' is required.", property);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Error(path, "Expected a non-empty text value.");
            return null;
        }

        return value.GetString();
    }
}
