namespace Pst.Core.Security;

/// <summary>Roles and the permissions each holds, as stored.</summary>
public interface IRolePermissionStore
{
    Task<IReadOnlyList<RolePermissions>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the role when missing and makes its permissions exactly <paramref name="permissions"/>; an unchanged role is not written.</summary>
    Task SetAsync(string role, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default);

    /// <summary>Adds a role without permissions, with the name people read (<see cref="RoleId"/> made the id of it).</summary>
    Task AddAsync(string role, string displayName, CancellationToken cancellationToken = default);
}

/// <param name="DisplayName">The name an administrator gave a role they added; null for the site's own roles (translated by their id).</param>
public sealed record RolePermissions(string Role, IReadOnlySet<string> Permissions, string? DisplayName = null);
