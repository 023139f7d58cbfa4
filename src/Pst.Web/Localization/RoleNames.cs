using Microsoft.Extensions.Localization;

namespace Pst.Web.Localization;

/// <summary>
/// A role's name as people read it: the seven roles of the site have translations ("Role.Officer" → "Petugas
/// layanan"); a role an administrator added keeps the name it was given.
/// </summary>
public static class RoleNames
{
    public static string Display(IStringLocalizer localizer, string role) =>
        localizer["Role." + role] is { ResourceNotFound: false } translated ? translated : role;
}
