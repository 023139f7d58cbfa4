namespace Pst.Core.Products;

/// <summary>What the customer picked on a line: choice key → the values picked (one for single and number choices).</summary>
public sealed record LineChoices(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public static LineChoices Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public static LineChoices Of(params (string Key, string[] Values)[] values) =>
        new(values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Values, StringComparer.Ordinal));

    public string? Single(string key) => Values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> Many(string key) => Values.TryGetValue(key, out var v) ? v : [];

    public long? Number(string key) => long.TryParse(Single(key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
