using System.Globalization;
using System.Text.Json;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.WalkIn.Desks;

/// <summary>
/// Setting <c>openingHours</c>: from when until when (WIB) the kiosk gives numbers, on the working days of the
/// office's calendar (no weekends, no holidays, collective leave as the calendar setting says). The standard names no
/// hours; the default recipe carries the usual BPS hours, 08.00–15.30, for the administrator to confirm.
/// </summary>
public sealed record OpeningHours
{
    public const string Key = "openingHours";

    public TimeOnly Opens { get; init; } = new(8, 0);

    public TimeOnly Closes { get; init; } = new(15, 30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<OpeningHours> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<OpeningHours>(Json) ?? new OpeningHours();

    /// <summary>Open at this moment: a working day in WIB, from the opening time up to (not including) the closing time.</summary>
    public bool IsOpenAt(DateTimeOffset moment, WorkingDayCalendar calendar)
    {
        var local = OfficeTime.Local(moment);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= Opens && time < Closes;
    }

    /// <summary>"08.00–15.30", the Indonesian way of writing times.</summary>
    public string Span => $"{Opens.ToString("HH.mm", CultureInfo.InvariantCulture)}–{Closes.ToString("HH.mm", CultureInfo.InvariantCulture)}";
}

/// <summary>Checks the <c>openingHours</c> setting in recipes: <c>{ "opens": "08:00", "closes": "15:30" }</c>, opening before closing.</summary>
public sealed class OpeningHoursDefinition : ISettingDefinition
{
    public string Key => OpeningHours.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "opens", "closes");
        var opens = Time(value, "opens", path, validation);
        var closes = Time(value, "closes", path, validation);
        if (opens is { } o && closes is { } c && o >= c)
        {
            validation.Error(RecipeStepValidation.PathOf(path, "closes"), "The closing time must come after the opening time.");
        }
    }

    private static TimeOnly? Time(JsonElement value, string name, string path, RecipeStepValidation validation)
    {
        if (!value.TryGetProperty(name, out var time))
        {
            validation.Error(RecipeStepValidation.PathOf(path, name), "Required.");
            return null;
        }

        if (time.ValueKind == JsonValueKind.String && TimeOnly.TryParseExact(time.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        validation.Error(RecipeStepValidation.PathOf(path, name), "Expected a time of day as HH:mm, for example 08:00.");
        return null;
    }
}
