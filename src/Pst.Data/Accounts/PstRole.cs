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
}

public static class PermissionClaim
{
    public const string Type = "pst:permission";
}
