using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pst.Core.Recipes;

namespace Pst.Products.Microdata.Catalogue;

/// <summary>
/// One dataset as the <c>microdata</c> recipe step reads it from its JSON file: catalogue facts, the free files,
/// where its data come from, and its data dictionary. The format is documented in the module's README.md.
/// </summary>
public static partial class DatasetFile
{
    public static readonly string[] RecordUnits = ["household", "person"];
    public static readonly string[] Levels = ["province", "regency", "district", "village"];
    private static readonly string[] Types = ["numeric", "text"];
    private static readonly string[] Roles = ["regular", "identifier", "area", "weight"];
    private static readonly string[] FactNames = ["survey", "period", "edition", "recordUnit", "coverage", "lowestLevel", "fileFormat", "description", "provinceVariable", "regencyVariable"];

    /// <summary>The file properties naming another file beside the recipe (checked by content and stored).</summary>
    public static readonly string[] FileProperties = ["questionnaire", "publicSample"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex VariableName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,99}$")]
    private static partial Regex DatasetCode();

    /// <summary>Checks a dataset file's JSON; <paramref name="path"/> is the JSON path of its root ("$.steps[9].datasets[0]:$").</summary>
    public static void Validate(JsonElement dataset, string path, RecipeStepValidation validation)
    {
        if (dataset.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(dataset, path, [.. FactNames, "code", "title", "tabulation", "synthetic", "variables", .. FileProperties]);
        if (dataset.TryGetProperty("tabulation", out var tabulation) && (tabulation.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(tabulation.GetString())))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "tabulation"), "Expected the title of the dataset's tabulation product, or no 'tabulation' at all.");
        }

        if (validation.RequiredString(dataset, "code", path) is { } code && !DatasetCode().IsMatch(code))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "code"), "A dataset code has 2 to 100 lower-case letters, digits and hyphens.");
        }

        foreach (var name in new[] { "title", "survey", "period", "edition", "coverage", "provinceVariable", "regencyVariable" })
        {
            validation.RequiredString(dataset, name, path);
        }

        OneOf(dataset, "recordUnit", RecordUnits, path, validation, required: true);
        OneOf(dataset, "lowestLevel", Levels, path, validation, required: true);
        OneOf(dataset, "fileFormat", ["csv"], path, validation, required: false);
        if (dataset.TryGetProperty("synthetic", out var synthetic))
        {
            ValidateSynthetic(synthetic, RecipeStepValidation.PathOf(path, "synthetic"), validation);
        }

        var variables = ValidateVariables(dataset, path, validation);
        foreach (var (property, role) in new[] { ("provinceVariable", "area"), ("regencyVariable", "area") })
        {
            if (dataset.TryGetProperty(property, out var named) && named.ValueKind == JsonValueKind.String
                && variables.TryGetValue(named.GetString()!, out var variable) && variable.Role != role)
            {
                validation.Error(RecipeStepValidation.PathOf(path, property), "The variable '{0}' must have the role '{1}'.", named.GetString()!, role);
            }
            else if (named.ValueKind == JsonValueKind.String && !variables.ContainsKey(named.GetString()!) && variables.Count > 0)
            {
                validation.Error(RecipeStepValidation.PathOf(path, property), "There is no variable '{0}' in the dictionary.", named.GetString()!);
            }
        }

        if (dataset.TryGetProperty("regencyVariable", out var regency) && regency.ValueKind == JsonValueKind.String
            && variables.TryGetValue(regency.GetString()!, out var regencyVariable) && !regencyVariable.HasValues)
        {
            validation.Error(RecipeStepValidation.PathOf(path, "regencyVariable"), "The kabupaten/kota variable needs value labels: its codes and names.");
        }
    }

    private sealed record CheckedVariable(string Role, bool HasValues);

    private static Dictionary<string, CheckedVariable> ValidateVariables(JsonElement dataset, string path, RecipeStepValidation validation)
    {
        var seen = new Dictionary<string, CheckedVariable>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, variablePath) in validation.ObjectArray(dataset, "variables", path, "variables", required: true, nonEmpty: true))
        {
            validation.OnlyProperties(variable, variablePath, "name", "label", "type", "decimals", "role", "section", "question", "universe", "values");
            var name = validation.RequiredString(variable, "name", variablePath);
            if (name is not null && !VariableName().IsMatch(name))
            {
                validation.Error(RecipeStepValidation.PathOf(variablePath, "name"), "A variable name starts with a letter and has at most 64 letters, digits and underscores.");
            }

            validation.RequiredString(variable, "label", variablePath);
            OneOf(variable, "type", Types, variablePath, validation, required: true);
            var role = OneOf(variable, "role", Roles, variablePath, validation, required: false) ?? "regular";
            if (variable.TryGetProperty("decimals", out var decimals) && (decimals.ValueKind != JsonValueKind.Number || !decimals.TryGetInt32(out var d) || d is < 0 or > 10))
            {
                validation.Error(RecipeStepValidation.PathOf(variablePath, "decimals"), "Expected a whole number from {0} to {1}.", 0, 10);
            }

            foreach (var text in new[] { "section", "question", "universe" })
            {
                if (variable.TryGetProperty(text, out var value) && value.ValueKind != JsonValueKind.String)
                {
                    validation.Error(RecipeStepValidation.PathOf(variablePath, text), "Expected a text value.");
                }
            }

            var hasValues = false;
            if (variable.TryGetProperty("values", out var values))
            {
                if (values.ValueKind != JsonValueKind.Object)
                {
                    validation.Error(RecipeStepValidation.PathOf(variablePath, "values"), "Expected an object of code → label.");
                }
                else
                {
                    foreach (var label in values.EnumerateObject().Where(l => l.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(l.Value.GetString())))
                    {
                        validation.Error(RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(variablePath, "values"), label.Name), "Expected a non-empty text value.");
                    }

                    hasValues = values.EnumerateObject().Any();
                }
            }

            if (name is not null && !seen.TryAdd(name, new CheckedVariable(role, hasValues)))
            {
                validation.Error(RecipeStepValidation.PathOf(variablePath, "name"), "The variable '{0}' is listed twice.", name);
            }
        }

        return seen;
    }

    private static void ValidateSynthetic(JsonElement synthetic, string path, RecipeStepValidation validation)
    {
        if (synthetic.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(synthetic, path, "seed", "records");
        if (!synthetic.TryGetProperty("seed", out var seed) || seed.ValueKind != JsonValueKind.Number || !seed.TryGetInt32(out _))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "seed"), "Expected a whole number.");
        }

        if (!synthetic.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Number || !records.TryGetInt64(out var n) || n is < 1 or > 10_000_000)
        {
            validation.Error(RecipeStepValidation.PathOf(path, "records"), "Expected a whole number from {0} to {1}.", 1, 10_000_000);
        }
    }

    private static string? OneOf(JsonElement parent, string property, string[] allowed, string path, RecipeStepValidation validation, bool required)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            if (required)
            {
                validation.Error(RecipeStepValidation.PathOf(path, property), "The property '{0}' is required.", property);
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !allowed.Contains(value.GetString()))
        {
            validation.Error(RecipeStepValidation.PathOf(path, property), "Expected one of: {0}.", string.Join(", ", allowed));
            return null;
        }

        return value.GetString();
    }

    /// <summary>The dictionary of a dataset file that <see cref="Validate"/> has accepted.</summary>
    public static IReadOnlyList<Variable> ReadVariables(JsonElement dataset, string datasetCode) =>
        dataset.GetProperty("variables").EnumerateArray().Select((v, i) => new Variable(
            datasetCode,
            i + 1,
            v.GetProperty("name").GetString()!,
            v.GetProperty("label").GetString()!,
            v.GetProperty("type").GetString() == "text" ? VariableType.Text : VariableType.Numeric,
            v.TryGetProperty("decimals", out var d) ? d.GetInt32() : 0,
            v.TryGetProperty("role", out var r) ? Enum.Parse<VariableRole>(r.GetString()!, ignoreCase: true) : VariableRole.Regular,
            Text(v, "section"),
            Text(v, "question"),
            Text(v, "universe"),
            v.TryGetProperty("values", out var values) ? values.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : new Dictionary<string, string>()))
        .ToList();

    /// <summary>The catalogue facts of an accepted dataset file, as the item's attributes keep them.</summary>
    public static JsonObject ReadFacts(JsonElement dataset)
    {
        var facts = new JsonObject();
        foreach (var name in FactNames.Where(n => dataset.TryGetProperty(n, out _)))
        {
            facts[name] = dataset.GetProperty(name).GetString();
        }

        facts["fileFormat"] ??= "csv";
        if (dataset.TryGetProperty("synthetic", out var synthetic))
        {
            facts["synthetic"] = JsonNode.Parse(synthetic.GetRawText());
        }

        return facts;
    }

    private static string? Text(JsonElement variable, string property) =>
        variable.TryGetProperty(property, out var value) && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
}
