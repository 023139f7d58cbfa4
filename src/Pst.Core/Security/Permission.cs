namespace Pst.Core.Security;

/// <summary>A right to do one kind of action. Code checks permissions, never role names.</summary>
/// <param name="Name">Stable name stored on roles, e.g. <c>Modules.Manage</c>.</param>
/// <param name="Description">Localisation key of the text shown on the Roles screen.</param>
/// <param name="IsStaff">Holding it makes the account staff, which must sign in with two factors.</param>
public sealed record Permission(string Name, string Description, string Category, bool IsStaff = true);

/// <summary>The permissions a module defines, and which of the standard roles get them on a new site.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name → permission names given to that role by the default recipe.</summary>
    IEnumerable<(string Role, string Permission)> GetDefaultGrants() => [];
}
