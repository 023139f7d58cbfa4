namespace Pst.Core.Notifications;

/// <summary>
/// Who an e-mail goes to: the person it is about (the customer of a request, the author of a complaint), or the
/// staff whose roles hold <see cref="Permission"/>, so an administrator who changes a role changes who is told.
/// </summary>
/// <param name="Name">The audience's key; its label is the text <c>NotificationAudience.{Name}</c> of the defining module.</param>
public sealed record NotificationAudience(string Name, string? Permission)
{
    public static readonly NotificationAudience Customer = new("Customer", null);

    public static NotificationAudience Staff(string name, string permission) => new(name, permission);

    public bool IsStaff => Permission is not null;
}
