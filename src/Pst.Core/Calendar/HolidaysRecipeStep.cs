using System.Globalization;
using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Calendar;

/// <summary>
/// Recipe step <c>holidays</c>: <c>{ "name": "holidays", "holidays": [ { "date": "2026-01-01", "kind": "national", "name": "Tahun Baru Masehi" } ] }</c>,
/// kind <c>national</c> (libur nasional) or <c>collectiveLeave</c> (cuti bersama). The date is the key: applying again replaces, never duplicates.
/// </summary>
public sealed class HolidaysRecipeStep(IHolidayStore store) : IRecipeStep
{
    private static readonly Dictionary<string, HolidayKind> Kinds = new(StringComparer.Ordinal)
    {
        ["national"] = HolidayKind.NationalHoliday,
        ["collectiveLeave"] = HolidayKind.CollectiveLeave,
    };

    public string Name => "holidays";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "holidays");
        var seen = new HashSet<DateOnly>();
        foreach (var (holiday, itemPath) in validation.ObjectArray(step, "holidays", validation.StepPath, "holidays"))
        {
            validation.OnlyProperties(holiday, itemPath, "date", "kind", "name");
            validation.RequiredString(holiday, "name", itemPath);
            if (validation.RequiredDate(holiday, "date", itemPath) is { } date && !seen.Add(date))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "date"), "The date {0} is listed twice.", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (validation.RequiredString(holiday, "kind", itemPath) is { } kind && !Kinds.ContainsKey(kind))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "kind"), "Unknown kind '{0}'. Expected one of: {1}.", kind, string.Join(", ", Kinds.Keys));
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        foreach (var holiday in step.GetProperty("holidays").EnumerateArray())
        {
            await store.SetAsync(new Holiday(RecipeStepValidation.ReadDate(holiday.GetProperty("date")), Kinds[holiday.GetProperty("kind").GetString()!], holiday.GetProperty("name").GetString()!), cancellationToken);
        }
    }
}
