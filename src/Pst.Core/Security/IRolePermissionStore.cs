namespace Pst.Core.Security;

/// <summary>Roles and the permissions each holds, as stored.</summary>
public interface IRolePermissionStore
{
    Task<IReadOnlyList<RolePermissions>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the role when missing and makes its permissions exactly <paramref name="permissions"/>; an unchanged role is not written.</summary>
    Task SetAsync(string role, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default);
}

public sealed record RolePermissions(string Role, IReadOnlySet<string> Permissions);
