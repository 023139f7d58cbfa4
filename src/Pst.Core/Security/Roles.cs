namespace Pst.Core.Security;

/// <summary>The standard roles of a PST office. Their permissions are data an administrator can change.</summary>
public static class Roles
{
    public const string Customer = "Customer";
    public const string FrontOffice = "FrontOffice";
    public const string Officer = "Officer";
    public const string Treasurer = "Treasurer";
    public const string ContentEditor = "ContentEditor";
    public const string Supervisor = "Supervisor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } =
        [Customer, FrontOffice, Officer, Treasurer, ContentEditor, Supervisor, Administrator];
}
