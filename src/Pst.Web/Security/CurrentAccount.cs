using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;
using Pst.Data;
using Pst.Data.Accounts;

namespace Pst.Web.Security;

/// <summary>
/// The signed-in account of the current request and its permissions, read from the database once per request,
/// so that a change to a role or an account takes effect at the next request, without signing in again.
/// </summary>
public sealed class CurrentAccount(IHttpContextAccessor http, PstDbContext db) : IPermissionChecker
{
    private PstUser? _user;
    private IReadOnlySet<string>? _permissions;
    private bool _loaded;

    public async Task<PstUser?> UserAsync(CancellationToken cancellationToken = default)
    {
        if (!_loaded)
        {
            _loaded = true;
            var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
            _user = id is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        }

        return _user;
    }

    public async Task<IReadOnlySet<string>> PermissionsAsync(CancellationToken cancellationToken = default)
    {
        if (_permissions is null)
        {
            var user = await UserAsync(cancellationToken);
            _permissions = user is null ? new HashSet<string>() : await PermissionsOfAsync(db, user.Id, cancellationToken);
        }

        return _permissions;
    }

    public async Task<bool> HasAsync(string permission, CancellationToken cancellationToken = default) =>
        (await PermissionsAsync(cancellationToken)).Contains(permission);

    /// <summary>The union of the permissions of every role the user holds.</summary>
    public static async Task<IReadOnlySet<string>> PermissionsOfAsync(PstDbContext db, string userId, CancellationToken cancellationToken)
    {
        var values = await (
            from userRole in db.UserRoles
            join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
            where userRole.UserId == userId && claim.ClaimType == PermissionClaim.Type
            select claim.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        return values.ToHashSet(StringComparer.Ordinal);
    }
}
