using System.Text.Json.Nodes;

namespace Pst.Core.Products;

/// <summary>
/// One thing the office sells, as its product type describes it (a publication, a microdata set, a map series).
/// <paramref name="Attributes"/> holds the type-specific facts (page count, file size, available periods, …).
/// </summary>
public sealed record CatalogueItem(string Code, string ProductTypeId, string Title, JsonObject Attributes)
{
    // Read through the JSON text: a node built in code holds an int, one parsed from JSON a JsonElement.
    public long? GetInt64(string name) =>
        Attributes[name] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public string? GetString(string name) => Attributes[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The file-store id of a file attribute that the catalogue step stored.</summary>
    public string? GetFileId(string name) => Attributes[name] is JsonObject file && file["id"] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null;

    public IReadOnlyList<string> GetStrings(string name) =>
        Attributes[name] is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? "").ToList() : [];
}
