using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Data;

namespace Pst.Web.Localization;

/// <summary>
/// A role's name as people read it: the seven roles of the site have translations ("Role.Officer" → "Petugas
/// layanan"); a role an administrator added shows the name it was given (its id is made of that name). The names
/// are read once per request.
/// </summary>
public sealed class RoleNames(PstDbContext db, IStringLocalizer<SharedResource> localizer)
{
    private Dictionary<string, string?>? _given;

    public async Task<string> DisplayAsync(string role, CancellationToken cancellationToken = default)
    {
        if (localizer["Role." + role] is { ResourceNotFound: false } translated)
        {
            return translated;
        }

        _given ??= await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.DisplayName, StringComparer.Ordinal, cancellationToken);
        return _given.GetValueOrDefault(role) ?? role;
    }

    /// <summary>Several roles' names, in the reader's alphabetical order, joined by commas.</summary>
    public async Task<string> JoinAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        foreach (var role in roles)
        {
            names.Add(await DisplayAsync(role, cancellationToken));
        }

        return string.Join(", ", names.Order(StringComparer.CurrentCulture));
    }
}
