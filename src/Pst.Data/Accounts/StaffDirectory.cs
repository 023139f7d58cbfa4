using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;

namespace Pst.Data.Accounts;

/// <summary>
/// Who is mailed when staff must act: the accounts with a confirmed e-mail address in a role that holds the
/// permission for the work, each with the language they read in. Roles, not names: an administrator who changes a
/// role changes who is told.
/// </summary>
public sealed class StaffDirectory(PstDbContext db, IRolePermissionStore roles)
{
    public async Task<IReadOnlyList<(string Email, string Language)>> HoldingAsync(string permission, CancellationToken cancellationToken = default)
    {
        var staffRoles = (await roles.ListAsync(cancellationToken)).Where(r => r.Permissions.Contains(permission)).Select(r => r.Role).ToList();
        var roleIds = await db.Roles.Where(r => staffRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var staff = await db.Set<PstUser>()
            .Where(u => u.Email != null && u.EmailConfirmed && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Email, u.PreferredLanguage })
            .ToListAsync(cancellationToken);
        return staff.Select(u => (u.Email!, u.PreferredLanguage ?? "id")).ToList();
    }
}
