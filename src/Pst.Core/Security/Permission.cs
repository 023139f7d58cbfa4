namespace Pst.Core.Security;

/// <summary>
/// Something a user may do. Code checks permissions, never role names; a role is only a named set of them
/// that an administrator can change.
/// </summary>
/// <param name="Name">Stable name, stored in role claims and written in recipes (e.g. <c>users.manage</c>).</param>
/// <param name="Description">Localisation key (English text) shown on the role screen.</param>
/// <param name="IsStaff">A permission of the staff area: whoever holds one must sign in with two factors.</param>
public sealed record Permission(string Name, string Description, bool IsStaff = false)
{
    /// <summary>The authorization policy that requires this permission.</summary>
    public string Policy => PolicyPrefix + Name;

    public const string PolicyPrefix = "permission:";

    /// <summary>Between the permissions of a policy any one of which is enough (<c>permission:a|b</c>).</summary>
    public const string AnyOfSeparator = "|";
}
