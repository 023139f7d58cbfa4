using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Ordering.Serving;

/// <summary>Setting <c>delivery</c>: for how many days a delivered product can be downloaded (7 by default).</summary>
internal sealed record DeliverySettings
{
    public const string Key = "delivery";

    public int DownloadDays { get; init; } = 7;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<DeliverySettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<DeliverySettings>(Json) ?? new DeliverySettings();
}

internal sealed class DeliverySettingDefinition : ISettingDefinition
{
    public string Key => DeliverySettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "downloadDays");
        if (value.TryGetProperty("downloadDays", out var days) && (days.ValueKind != JsonValueKind.Number || !days.TryGetInt32(out var n) || n is < 1 or > 90))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "downloadDays"), "Expected a whole number of days from {0} to {1}.", 1, 90);
        }
    }
}
