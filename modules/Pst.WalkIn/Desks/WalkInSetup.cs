using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Data;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Desks;

/// <summary>
/// The administrator's changes to the walk-in setup: services (name, prefix, open or closed), counters (name, the
/// services they call, in use or not) and the opening hours. Each change is checked whole and saved whole; a refused
/// one saves nothing. Codes are the keys the recipe uses, so they never change once made.
/// </summary>
public sealed class WalkInSetup(PstDbContext db, ISiteSettings settings)
{
    public async Task SaveServiceAsync(string? code, string? prefix, string? name, string? englishName, bool active, bool adding, CancellationToken cancellationToken = default)
    {
        code = RequireCode(code);
        prefix = prefix?.Trim().ToUpperInvariant() ?? "";
        if (!WalkInService.IsValidPrefix(prefix))
        {
            throw new WalkInStepRefusedException("A prefix is 1 to 3 capital letters, different for each service.");
        }

        var service = await db.Set<WalkInService>().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (adding == service is not null)
        {
            throw new WalkInStepRefusedException(adding ? "The code '{0}' is taken." : "There is no such service or counter.", code);
        }

        if (await db.Set<WalkInService>().AnyAsync(s => s.Prefix == prefix && s.Code != code, cancellationToken))
        {
            throw new WalkInStepRefusedException("A prefix is 1 to 3 capital letters, different for each service.");
        }

        if (service is null)
        {
            service = new WalkInService(code, prefix, new LocalizedName(""), await db.Set<WalkInService>().CountAsync(cancellationToken) + 1);
            db.Add(service);
        }

        (service.Prefix, service.Name, service.Active) = (prefix, RequireName(name, englishName), active);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveCounterAsync(string? code, string? name, string? englishName, IReadOnlyCollection<string> services, bool active, bool adding, CancellationToken cancellationToken = default)
    {
        code = RequireCode(code);
        var counter = await db.Set<Counter>().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (adding == counter is not null)
        {
            throw new WalkInStepRefusedException(adding ? "The code '{0}' is taken." : "There is no such service or counter.", code);
        }

        var known = await db.Set<WalkInService>().Select(s => s.Code).ToListAsync(cancellationToken);
        if (services.Count == 0 || services.Any(s => !known.Contains(s)))
        {
            throw new WalkInStepRefusedException("Choose at least one service for the counter.");
        }

        if (counter is null)
        {
            counter = new Counter(code, new LocalizedName(""));
            db.Add(counter);
        }

        counter.Name = RequireName(name, englishName);
        counter.ServiceCodes = string.Join(',', known.Where(services.Contains));
        counter.Active = active;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The opening hours as typed (HH:mm), opening before closing.</summary>
    public async Task SaveOpeningHoursAsync(string? opens, string? closes, CancellationToken cancellationToken = default)
    {
        if (!TimeOnly.TryParseExact(opens, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(closes, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            throw new WalkInStepRefusedException("Expected a time of day as HH:mm, for example 08:00.");
        }

        if (from >= to)
        {
            throw new WalkInStepRefusedException("The closing time must come after the opening time.");
        }

        await settings.SetAsync(OpeningHours.Key, new JsonObject
        {
            ["opens"] = from.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = to.ToString("HH:mm", CultureInfo.InvariantCulture),
        }, cancellationToken);
    }

    /// <summary>A code as recipes write it: small letters, digits and dashes, at most 40.</summary>
    private static string RequireCode(string? code)
    {
        var trimmed = code?.Trim() ?? "";
        return trimmed.Length is > 0 and <= 40 && trimmed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? trimmed
            : throw new WalkInStepRefusedException("A code is made of small letters, digits and dashes (at most 40), for example loket-3.");
    }

    /// <summary>The Indonesian name, required, and its English translation, optional (left empty: English pages show the Indonesian).</summary>
    private static LocalizedName RequireName(string? name, string? englishName)
    {
        var indonesian = name?.Trim() is { Length: > 0 and <= 100 } trimmed ? trimmed : throw new WalkInStepRefusedException("Give a name of at most 100 characters.");
        var english = englishName?.Trim() is { Length: > 0 } given ? given : null;
        return english is { Length: > 100 } ? throw new WalkInStepRefusedException("Give a name of at most 100 characters.") : new LocalizedName(indonesian, english);
    }
}
