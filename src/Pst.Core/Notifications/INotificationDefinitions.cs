namespace Pst.Core.Notifications;

/// <summary>A module's e-mails, registered in its services; the template screen lists those of every enabled module.</summary>
public interface INotificationDefinitions
{
    IEnumerable<NotificationDefinition> Notifications { get; }
}
