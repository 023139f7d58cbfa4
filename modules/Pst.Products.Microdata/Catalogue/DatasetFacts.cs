using System.Globalization;
using System.Text.Json.Nodes;
using Pst.Core.Products;

namespace Pst.Products.Microdata.Catalogue;

/// <summary>
/// The facts of a microdata dataset as its catalogue item keeps them (written by the <c>microdata</c> recipe step):
/// survey, period, edition, record unit, coverage, the area variables, and what was measured on the data file.
/// </summary>
public sealed record DatasetFacts(
    string Survey,
    string Period,
    string Edition,
    string RecordUnit,
    string Coverage,
    string LowestLevel,
    string FileFormat,
    string ProvinceVariable,
    string RegencyVariable,
    long? RecordCount,
    long? SizeBytes,
    DataProfile? Profile)
{
    public static DatasetFacts Of(CatalogueItem item) => new(
        item.GetString("survey") ?? "",
        item.GetString("period") ?? "",
        item.GetString("edition") ?? "",
        item.GetString("recordUnit") ?? "",
        item.GetString("coverage") ?? "",
        item.GetString("lowestLevel") ?? "",
        item.GetString("fileFormat") ?? "csv",
        item.GetString("provinceVariable") ?? "",
        item.GetString("regencyVariable") ?? "",
        item.GetInt64("recordCount"),
        item.GetInt64("sizeBytes"),
        item.Attributes["profile"] is JsonObject profile ? DataProfile.FromJson(profile) : null);
}

/// <summary>
/// What one pass over a data file measured, to estimate an extract's size before the offer measures the extract
/// itself: records per kabupaten/kota and the bytes each column takes in the file (its values and separator).
/// </summary>
public sealed record DataProfile(long Records, long HeaderBytes, IReadOnlyDictionary<string, long> RecordsByRegency, IReadOnlyDictionary<string, long> BytesByVariable)
{
    public JsonObject ToJson() => new()
    {
        ["records"] = Records,
        ["headerBytes"] = HeaderBytes,
        ["recordsByRegency"] = new JsonObject(RecordsByRegency.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["bytesByVariable"] = new JsonObject(BytesByVariable.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
    };

    public static DataProfile FromJson(JsonObject json) => new(
        Number(json["records"]),
        Number(json["headerBytes"]),
        (json["recordsByRegency"] as JsonObject ?? []).ToDictionary(p => p.Key, p => Number(p.Value)),
        (json["bytesByVariable"] as JsonObject ?? []).ToDictionary(p => p.Key, p => Number(p.Value)));

    private static long Number(JsonNode? node) =>
        node is JsonValue value && long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
