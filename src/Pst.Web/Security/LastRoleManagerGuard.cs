using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Admin;

namespace Pst.Web.Security;

/// <summary>
/// Changes to roles, to who holds them and to which accounts are active run through here: the change is made in a
/// transaction and undone when no active account would be left that can manage roles, so an administrator cannot
/// lock everyone out.
/// </summary>
public sealed class LastRoleManagerGuard(PstDbContext db)
{
    /// <returns>False (and nothing changed) when the change would leave no active account holding <see cref="AdminPermissions.ManageRoles"/>.</returns>
    public async Task<bool> TryChangeAsync(Func<Task> change, CancellationToken cancellationToken)
    {
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await change();
        var holders = await (
            from userRole in db.UserRoles
            join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
            join user in db.Users on userRole.UserId equals user.Id
            where claim.ClaimType == PermissionClaim.Type && claim.ClaimValue == AdminPermissions.ManageRoles
                && (user.LockoutEnd == null || user.LockoutEnd < Accounts.StaffAccounts.DeactivatedUntil) // a deactivated account manages nothing
            select userRole.UserId).AnyAsync(cancellationToken);
        if (!holders)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
