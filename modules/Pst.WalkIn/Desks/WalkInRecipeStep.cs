using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Core.Recipes;
using Pst.Data;

namespace Pst.WalkIn.Desks;

/// <summary>
/// Recipe step <c>walkIn</c>: the services visitors queue for and the counters that call them.
/// <c>{ "name": "walkIn", "services": [ { "code": "sales", "prefix": "A", "name": "Penjualan produk statistik" } ],
/// "counters": [ { "code": "loket-1", "name": { "id": "Loket 1", "en": "Counter 1" }, "services": [ "sales" ] } ] }</c>.
/// A name is Indonesian, or <c>{ "id", "en" }</c> with its English. Codes are the keys: applying again updates, never duplicates.
/// </summary>
public sealed class WalkInRecipeStep(PstDbContext db) : IRecipeStep
{
    public string Name => "walkIn";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        validation.OnlyProperties(step, validation.StepPath, "name", "services", "counters");
        var services = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (service, path) in validation.ObjectArray(step, "services", validation.StepPath, "services", nonEmpty: true))
        {
            validation.OnlyProperties(service, path, "code", "prefix", "name");
            validation.RequiredName(service, "name", path);
            if (validation.RequiredString(service, "code", path) is { } code && !services.Add(code))
            {
                validation.Error(RecipeStepValidation.PathOf(path, "code"), "The code '{0}' is listed twice.", code);
            }

            if (validation.RequiredString(service, "prefix", path) is { } prefix
                && (!WalkInService.IsValidPrefix(prefix) || !prefixes.Add(prefix)))
            {
                validation.Error(RecipeStepValidation.PathOf(path, "prefix"), "A prefix is 1 to 3 capital letters, different for each service.");
            }
        }

        var counters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (counter, path) in validation.ObjectArray(step, "counters", validation.StepPath, "counters", nonEmpty: true))
        {
            validation.OnlyProperties(counter, path, "code", "name", "services");
            validation.RequiredName(counter, "name", path);
            if (validation.RequiredString(counter, "code", path) is { } code && !counters.Add(code))
            {
                validation.Error(RecipeStepValidation.PathOf(path, "code"), "The code '{0}' is listed twice.", code);
            }

            foreach (var (service, servicePath) in validation.StringArray(counter, "services", path, required: true))
            {
                if (!services.Contains(service))
                {
                    validation.Error(servicePath, "Unknown service '{0}'.", service);
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var item in step.GetProperty("services").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            var service = await db.Set<WalkInService>().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
            if (service is null)
            {
                service = new WalkInService(code, "", new LocalizedName(""), 0);
                db.Add(service);
            }

            (service.Prefix, service.Name, service.Order, service.Active) = (item.GetProperty("prefix").GetString()!, RecipeStepValidation.ReadName(item.GetProperty("name")), ++order, true);
        }

        foreach (var item in step.GetProperty("counters").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            var counter = await db.Set<Counter>().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
            if (counter is null)
            {
                counter = new Counter(code, new LocalizedName(""));
                db.Add(counter);
            }

            counter.Name = RecipeStepValidation.ReadName(item.GetProperty("name"));
            counter.ServiceCodes = string.Join(',', item.GetProperty("services").EnumerateArray().Select(s => s.GetString()));
            counter.Active = true;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
