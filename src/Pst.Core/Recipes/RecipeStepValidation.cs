using System.Globalization;
using System.Text.Json;
using Pst.Core.Kernel;

namespace Pst.Core.Recipes;

/// <summary>Collects the faults of one step, each with its JSON path, and offers the common shape checks.</summary>
public sealed class RecipeStepValidation(string file, int step, string stepPath, List<RecipeError> errors)
{
    public string StepPath { get; } = stepPath;

    /// <summary>The folder of the recipe file, where the files it names are; null for a recipe given as bytes.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// A required property naming a file beside the recipe (a relative path that stays inside the recipe's folder);
    /// returns the file's full path when it exists.
    /// </summary>
    public string? RequiredFile(JsonElement parent, string property, string parentPath) =>
        RequiredString(parent, property, parentPath) is { } relative ? FileBesideRecipe(relative, PathOf(parentPath, property)) : null;

    /// <summary>A file named relative to the recipe that stays inside its folder; returns its full path when it exists, else reports at <paramref name="path"/>.</summary>
    public string? FileBesideRecipe(string relative, string path)
    {
        if (BaseDirectory is null)
        {
            Error(path, "Files can only be named in a recipe applied from a file.");
            return null;
        }

        var full = Path.GetFullPath(relative, BaseDirectory);
        if (Path.IsPathRooted(relative) || !full.StartsWith(Path.GetFullPath(BaseDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Error(path, "A file must be named relative to the recipe and stay inside its folder.");
            return null;
        }

        if (!File.Exists(full))
        {
            Error(path, "There is no file '{0}' beside the recipe.", relative);
            return null;
        }

        return full;
    }

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

    /// <summary>
    /// The objects of an array property, each with its JSON path. Reports a missing property (when
    /// <paramref name="required"/>), a value that is not an array (or an empty one, when <paramref name="nonEmpty"/>),
    /// and items that are not objects, naming <paramref name="what"/> an item is.
    /// </summary>
    public IReadOnlyList<(JsonElement Item, string Path)> ObjectArray(JsonElement parent, string property, string parentPath, string what, bool required = true, bool nonEmpty = false)
    {
        var path = PathOf(parentPath, property);
        if (!parent.TryGetProperty(property, out var array))
        {
            if (required)
            {
                Error(path, "Expected an array of {0}.", what);
            }

            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || (nonEmpty && array.GetArrayLength() == 0))
        {
            Error(path, nonEmpty ? "Expected a non-empty array of {0}." : "Expected an array of {0}.", what);
            return [];
        }

        var items = new List<(JsonElement, string)>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = PathOf(path, index++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add((item, itemPath));
            }
            else
            {
                Error(itemPath, "Expected an object.");
            }
        }

        return items;
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

    /// <summary>
    /// A required name in the office's words: a non-empty string (Indonesian), or <c>{ "id": "…", "en": "…" }</c> with
    /// its English translation; returns it when valid.
    /// </summary>
    public LocalizedName? RequiredName(JsonElement parent, string property, string parentPath)
    {
        var path = PathOf(parentPath, property);
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return RequiredString(parent, property, parentPath) is { } indonesian ? new LocalizedName(indonesian) : null;
        }

        OnlyProperties(value, path, "id", "en");
        var name = RequiredString(value, "id", path);
        var english = value.TryGetProperty("en", out _) ? RequiredString(value, "en", path) : null;
        return name is null ? null : new LocalizedName(name, english);
    }

    /// <summary>Reads a name that <see cref="RequiredName"/> has already checked.</summary>
    public static LocalizedName ReadName(JsonElement value) => LocalizedNameJsonConverter.Read(value)!;

    /// <summary>An optional true/false property.</summary>
    public void OptionalBoolean(JsonElement parent, string property, string parentPath)
    {
        if (parent.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(PathOf(parentPath, property), "Expected true or false.");
        }
    }

    /// <summary>A required date property written <c>YYYY-MM-DD</c>; returns it when valid.</summary>
    public DateOnly? RequiredDate(JsonElement parent, string property, string parentPath)
    {
        if (RequiredString(parent, property, parentPath) is not { } text)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(PathOf(parentPath, property), "Expected a date written as YYYY-MM-DD.");
            return null;
        }

        return date;
    }

    /// <summary>Reads a date that <see cref="RequiredDate"/> has already checked.</summary>
    public static DateOnly ReadDate(JsonElement value) =>
        DateOnly.ParseExact(value.GetString()!, DateFormat, CultureInfo.InvariantCulture);

    private const string DateFormat = "yyyy-MM-dd";
}
