using System.Globalization;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Recipes;

namespace Pst.Core.Products;

/// <summary>
/// Recipe step <c>tariffs</c>: effective-dated schedules, each keyed by its regulation. A schedule the site lacks is
/// made exactly as written; one it holds gets the rows it lacks, and keeps what the office changed unless overwriting.
/// <code>{ "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "confirmed": false,
///   "items": [ { "code": "I.A", "description": { "id": "…", "en": "…" }, "unit": "per 50 halaman", "amount": 50000 } ] } ] }</code>
/// An <c>amount</c> of <c>null</c> marks a row whose amount the office has yet to fill in. A description or unit is the
/// annex's Indonesian wording, or an <c>{ "id", "en" }</c> object adding the English shown on English pages.
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
        var book = await store.LoadAsync(cancellationToken);
        var index = 0;
        foreach (var schedule in step.GetProperty("schedules").EnumerateArray())
        {
            var path = RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(execution.StepPath, "schedules"), index++);
            var written = Read(schedule);
            var held = book.Schedules.FirstOrDefault(s => s.Regulation == written.Regulation);
            await store.SetAsync(held is null || !execution.SiteSetUp ? written : Merge(held, written, path, execution), cancellationToken);
        }
    }

    private static TariffSchedule Read(JsonElement schedule) => new(
        schedule.GetProperty("regulation").GetString()!,
        RecipeStepValidation.ReadDate(schedule.GetProperty("effectiveFrom")),
        schedule.GetProperty("items").EnumerateArray()
            .Select(i => new TariffItem(
                i.GetProperty("code").GetString()!,
                RecipeStepValidation.ReadName(i.GetProperty("description")),
                RecipeStepValidation.ReadName(i.GetProperty("unit")),
                i.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number ? new Rupiah(amount.GetInt64()) : null))
            .ToList(),
        !schedule.TryGetProperty("confirmed", out var confirmed) || confirmed.GetBoolean());

    /// <summary>
    /// The site's schedule with the rows it lacks added; its date, confirmation and each row's wording and amount
    /// (the office may have filled in or corrected them) are kept where they differ, unless overwriting.
    /// </summary>
    private static TariffSchedule Merge(TariffSchedule held, TariffSchedule written, string path, RecipeExecution execution)
    {
        var what = $"tariff schedule {held.Regulation}";
        var from = held.EffectiveFrom == written.EffectiveFrom || !execution.Replaces(RecipeStepValidation.PathOf(path, "effectiveFrom"), what + " in force from", Day(held.EffectiveFrom), Day(written.EffectiveFrom))
            ? held.EffectiveFrom
            : written.EffectiveFrom;
        var confirmed = held.Confirmed == written.Confirmed || !execution.Replaces(RecipeStepValidation.PathOf(path, "confirmed"), "the confirmation of " + what, Confirmation(held), Confirmation(written))
            ? held.Confirmed
            : written.Confirmed;
        var items = held.Items.ToList();
        var index = 0;
        foreach (var item in written.Items)
        {
            var itemPath = RecipeStepValidation.PathOf(RecipeStepValidation.PathOf(path, "items"), index++);
            var at = items.FindIndex(i => i.Code == item.Code);
            if (at < 0)
            {
                items.Add(item);
            }
            else
            {
                // A translation the site lacks is added either way: it changes nothing the office wrote.
                var kept = items[at] with { Description = WithEnglish(items[at].Description, item.Description), Unit = WithEnglish(items[at].Unit, item.Unit) };
                items[at] = kept != item && execution.Replaces(itemPath, $"{what} item {item.Code}", Describe(kept), Describe(item)) ? item : kept;
            }
        }

        return new TariffSchedule(held.Regulation, from, items, confirmed);
    }

    private static string Describe(TariffItem item) => $"{Words(item.Description)} ({Words(item.Unit)}) {item.Amount?.ToString() ?? "not filled in"}";

    private static string Words(LocalizedName name) => name.English is null ? name.Indonesian : $"{name.Indonesian} / {name.English}";

    private static LocalizedName WithEnglish(LocalizedName held, LocalizedName written) =>
        held.English is null && written.Indonesian == held.Indonesian ? held with { English = written.English } : held;

    private static string Confirmation(TariffSchedule schedule) => schedule.Confirmed ? "confirmed" : "not confirmed";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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

            validation.RequiredName(item, "description", itemPath);
            validation.RequiredName(item, "unit", itemPath);
            if (item.TryGetProperty("amount", out var amount) && amount.ValueKind != JsonValueKind.Null
                && (amount.ValueKind != JsonValueKind.Number || !amount.TryGetInt64(out var rupiah) || rupiah < 0))
            {
                validation.Error(RecipeStepValidation.PathOf(itemPath, "amount"), "Expected a whole number of rupiah, 0 or more, or null while the amount is not known.");
            }
        }
    }
}
