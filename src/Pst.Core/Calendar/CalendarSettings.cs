using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Core.Calendar;

/// <summary>Setting <c>calendar</c>: whether the office is closed on collective-leave days (cuti bersama); by default it is.</summary>
public sealed record CalendarSettings
{
    public const string Key = "calendar";

    public bool CollectiveLeaveIsClosed { get; init; } = true;

    public static async Task<CalendarSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<CalendarSettings>(OfficeSettings.Json) ?? new CalendarSettings();
}

public sealed class CalendarSettingDefinition : ISettingDefinition
{
    public string Key => CalendarSettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "collectiveLeaveIsClosed");
        validation.OptionalBoolean(value, "collectiveLeaveIsClosed", path);
    }
}

/// <summary>The calendar as stored now: the holidays and the collective-leave setting.</summary>
public sealed class WorkingDayCalendarSource(IHolidayStore holidays, ISiteSettings settings)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken = default) =>
        new(await holidays.ListAsync(cancellationToken), (await CalendarSettings.LoadAsync(settings, cancellationToken)).CollectiveLeaveIsClosed);
}
