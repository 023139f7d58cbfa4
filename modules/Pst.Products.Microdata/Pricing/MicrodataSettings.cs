using System.Text.Json;
using System.Text.Json.Serialization;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Products.Microdata.Pricing;

/// <summary>How a part of a 1,000-byte block beyond the first megabyte is charged.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartialBlock>))]
public enum PartialBlock
{
    /// <summary>By the byte, rounded to the rupiah: what the Silastik catalogue's prices show (DOMAIN.md §1.2).</summary>
    ProRata,

    /// <summary>A started block is charged whole.</summary>
    RoundUp,
}

/// <summary>
/// Setting <c>microdata</c>: records in a sample (10), the bytes of the tariff's "1 MB" (1,000,000: the annex counts
/// the further blocks in decimal thousands of bytes), how a partial block is charged (pro rata), and the fewest
/// records a table's cell may rest on before it is hidden (3; UNCONFIRMED: the office's own disclosure rule governs).
/// </summary>
public sealed record MicrodataSettings
{
    public const string Key = "microdata";

    public int SampleRecords { get; init; } = 10;

    public long MegabyteBytes { get; init; } = 1_000_000;

    public PartialBlock PartialBlock { get; init; } = PartialBlock.ProRata;

    public int MinimumCellRecords { get; init; } = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<MicrodataSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<MicrodataSettings>(Json) ?? new MicrodataSettings();
}

public sealed class MicrodataSettingDefinition : ISettingDefinition
{
    public string Key => MicrodataSettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "sampleRecords", "megabyteBytes", "partialBlock", "minimumCellRecords");
        if (value.TryGetProperty("sampleRecords", out var sample) && (sample.ValueKind != JsonValueKind.Number || !sample.TryGetInt32(out var n) || n is < 1 or > 1000))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "sampleRecords"), "Expected a whole number from {0} to {1}.", 1, 1000);
        }

        if (value.TryGetProperty("minimumCellRecords", out var minimum) && (minimum.ValueKind != JsonValueKind.Number || !minimum.TryGetInt32(out var m) || m is < 1 or > 100))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "minimumCellRecords"), "Expected a whole number from {0} to {1}.", 1, 100);
        }

        if (value.TryGetProperty("megabyteBytes", out var megabyte) && (megabyte.ValueKind != JsonValueKind.Number || !megabyte.TryGetInt64(out var bytes) || bytes is not (1_000_000 or 1_048_576)))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "megabyteBytes"), "Expected {0} or {1}.", 1_000_000, 1_048_576);
        }

        if (value.TryGetProperty("partialBlock", out var partial) && (partial.ValueKind != JsonValueKind.String || !Enum.TryParse<PartialBlock>(partial.GetString(), ignoreCase: true, out _)))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "partialBlock"), "Expected one of: {0}.", "proRata, roundUp");
        }
    }
}
