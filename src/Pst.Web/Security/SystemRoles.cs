namespace Pst.Web.Security;

/// <summary>
/// The roles the site assigns by itself: every new registrant gets <see cref="Customer"/>, the first account
/// <see cref="Administrator"/>. What a role may do is its permissions, kept in the database and set by recipes.
/// </summary>
public static class SystemRoles
{
    public const string Customer = "Customer";
    public const string Administrator = "Administrator";
}
