namespace Pst.Ordering.Notifications;

/// <summary>A template an administrator changed (table <c>Ordering_NotificationTemplates</c>); the defaults apply until then.</summary>
internal sealed class NotificationTemplate
{
    public NotificationTemplate(NotificationEvent @event, string language, string subject, string body, DateTimeOffset updatedAt)
    {
        Event = @event;
        Language = language;
        Subject = subject;
        Body = body;
        UpdatedAt = updatedAt;
    }

    public NotificationEvent Event { get; private set; }

    public string Language { get; private set; }

    public string Subject { get; set; }

    public string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
