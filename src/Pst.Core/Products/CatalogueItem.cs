using System.Text.Json.Nodes;

namespace Pst.Core.Products;

/// <summary>
/// One thing the office sells, as its product type describes it (a publication, a microdata set, a map series).
/// <paramref name="Attributes"/> holds the type-specific facts (page count, file size, available periods, …).
/// </summary>
public sealed record CatalogueItem(string Code, string ProductTypeId, string Title, JsonObject Attributes)
{
    public long? GetInt64(string name) => Attributes[name] is JsonValue value && value.TryGetValue<long>(out var n) ? n : null;

    public string? GetString(string name) => Attributes[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    public IReadOnlyList<string> GetStrings(string name) =>
        Attributes[name] is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? "").ToList() : [];
}
