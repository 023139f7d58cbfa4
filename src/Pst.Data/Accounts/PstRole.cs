using Microsoft.AspNetCore.Identity;

namespace Pst.Data.Accounts;

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaim.Type"/>.</summary>
public sealed class PstRole : IdentityRole
{
    public PstRole()
    {
    }

    public PstRole(string name)
        : base(name)
    {
    }

    /// <summary>The name people read for a role an administrator added ("Petugas Gudang Data"); its <c>Name</c> is the id made of it.</summary>
    public string? DisplayName { get; set; }
}

public static class PermissionClaim
{
    public const string Type = "pst:permission";
}
