using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;

namespace Pst.Data.Accounts;

/// <summary>Permissions kept as role claims of type <see cref="PermissionClaim.Type"/> in Identity's own tables.</summary>
internal sealed class EfRolePermissionStore(PstDbContext db) : IRolePermissionStore
{
    public async Task<IReadOnlyList<RolePermissions>> ListAsync(CancellationToken cancellationToken = default)
    {
        var roles = await db.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var claims = await db.RoleClaims.Where(c => c.ClaimType == PermissionClaim.Type)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(cancellationToken);
        return roles
            .Select(r => new RolePermissions(r.Name!, claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).ToHashSet(StringComparer.Ordinal), r.DisplayName))
            .ToList();
    }

    public async Task SetAsync(string role, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        var normalized = role.ToUpperInvariant();
        var entity = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
        if (entity is null)
        {
            entity = new PstRole(role) { NormalizedName = normalized };
            db.Roles.Add(entity);
        }

        var current = await db.RoleClaims.Where(c => c.RoleId == entity.Id && c.ClaimType == PermissionClaim.Type).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(current.Where(c => !permissions.Contains(c.ClaimValue!)));
        foreach (var missing in permissions.Where(p => current.All(c => c.ClaimValue != p)))
        {
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = entity.Id, ClaimType = PermissionClaim.Type, ClaimValue = missing });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddAsync(string role, string displayName, CancellationToken cancellationToken = default)
    {
        db.Roles.Add(new PstRole(role) { NormalizedName = role.ToUpperInvariant(), DisplayName = displayName.Trim() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
