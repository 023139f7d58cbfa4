using System.Globalization;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Recipes;

namespace Pst.Core.Products;

/// <summary>
/// Recipe step <c>tariffs</c>: effective-dated schedules, each keyed by its regulation and made exactly as written.
/// <code>{ "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "confirmed": false,
///   "items": [ { "code": "I.A", "description": "…", "unit": "per 50 halaman", "amount": 50000 } ] } ] }</code>
/// An <c>amount</c> of <c>null</c> marks a row whose amount the office has yet to fill in.
/// </summary>
public sealed class TariffsRecipeStep(ITariffStore store) : IRecipeStep
{
    public string Name => "tariffs";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "schedules");
        var regulations = new HashSet<string>(StringComparer.Ordinal);
        var dates = new HashSet<DateOnly>();
        foreach (var (schedule, schedulePath) in validation.ObjectArray(step, "schedules", validation.StepPath, "tariff schedules"))
        {
            validation.OnlyProperties(schedule, schedulePath, "regulation", "effectiveFrom", "confirmed", "items");
            if (validation.RequiredString(schedule, "regulation", schedulePath) is { } regulation && !regulations.Add(regulation))
            {
                validation.Error(RecipeStepValidation.PathOf(schedulePath, "regulation"), "The regulation '{0}' is listed twice.", regulation);
            }

            if (validation.RequiredDate(schedule, "effectiveFrom", schedulePath) is { } date && !dates.Add(date))
            {
                validation.Error(RecipeStepValidation.PathOf(schedulePath, "effectiveFrom"), "Two schedules take effect on {0}; only one can be in force on a day.", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            validation.OptionalBoolean(schedule, "confirmed", schedulePath);

            ValidateItems(schedule, schedulePath, validation);
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        foreach (var schedule in step.GetProperty("schedules").EnumerateArray())
        {
            var effectiveFrom = RecipeStepValidation.ReadDate(schedule.GetProperty("effectiveFrom"));
            var items = schedule.GetProperty("items").EnumerateArray()
                .Select(i => new TariffItem(
                    i.GetProperty("code").GetString()!,
                    i.GetProperty("description").GetString()!,
                    i.GetProperty("unit").GetString()!,
                    i.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number ? new Rupiah(amount.GetInt64()) : null))
                .ToList();
            var isConfirmed = !schedule.TryGetProperty("confirmed", out var confirmed) || confirmed.GetBoolean();
            await store.SetAsync(new TariffSchedule(schedule.GetProperty("regulation").GetString()!, effectiveFrom, items, isConfirmed), cancellationToken);
        }
    }

    private static void ValidateItems(JsonElement schedule, string schedulePath, RecipeStepValidation validation)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in validation.ObjectArray(schedule, "items", schedulePath, "tariff items", nonEmpty: true))
        {
            validation.OnlyProperties(item, itemPath, "code", "description", "unit", "amount");
            if (validation.RequiredString(item, "code", itemPath) is { } code && !codes.Add(code))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "code"), "The item '{0}' is listed twice.", code);
            }

            validation.RequiredString(item, "description", itemPath);
            validation.RequiredString(item, "unit", itemPath);
            if (item.TryGetProperty("amount", out var amount) && amount.ValueKind != JsonValueKind.Null
                && (amount.ValueKind != JsonValueKind.Number || !amount.TryGetInt64(out var rupiah) || rupiah < 0))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "amount"), "Expected a whole number of rupiah, 0 or more, or null while the amount is not known.");
            }
        }
    }
}
