using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Feedback.Complaints;

/// <summary>
/// Setting <c>complaints</c>: the time limits of complaints and how they are counted. The defaults are the
/// SP4N-LAPOR! norms (DOMAIN.md section 5.2): a first response within 3 days, information and simple complaints
/// within 5, without a field check within 14, with one within 60; counted in working days (as units publish them),
/// or in calendar days when <see cref="CountWorkingDays"/> is false. Officers are reminded
/// <see cref="RemindDaysBefore"/> days before a limit and once it has passed.
/// </summary>
public sealed record ComplaintSettings
{
    public const string Key = "complaints";

    public bool CountWorkingDays { get; init; } = true;

    public int FirstResponseDays { get; init; } = 3;

    public int SimpleDays { get; init; } = 5;

    public int NoFieldCheckDays { get; init; } = 14;

    public int FieldCheckDays { get; init; } = 60;

    public int RemindDaysBefore { get; init; } = 1;

    public int DaysFor(ComplaintTier tier) => tier switch
    {
        ComplaintTier.Simple => SimpleDays,
        ComplaintTier.NoFieldCheck => NoFieldCheckDays,
        _ => FieldCheckDays,
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ComplaintSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<ComplaintSettings>(Json) ?? new ComplaintSettings();
}

public sealed class ComplaintSettingDefinition : ISettingDefinition
{
    private static readonly string[] DayLimits = ["firstResponseDays", "simpleDays", "noFieldCheckDays", "fieldCheckDays", "remindDaysBefore"];

    public string Key => ComplaintSettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, [.. DayLimits, "countWorkingDays"]);
        if (value.TryGetProperty("countWorkingDays", out var working) && working.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "countWorkingDays"), "Expected true or false.");
        }

        foreach (var name in DayLimits)
        {
            if (value.TryGetProperty(name, out var days) && (days.ValueKind != JsonValueKind.Number || !days.TryGetInt32(out var n) || n is < 0 or > 365))
            {
                validation.Error(RecipeStepValidation.PathOf(path, name), "Expected a whole number of days from {0} to {1}.", 0, 365);
            }
        }
    }
}
