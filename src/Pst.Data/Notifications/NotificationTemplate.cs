namespace Pst.Data.Notifications;

/// <summary>A template an administrator changed (table <c>Core_NotificationTemplates</c>); the module's default applies until then.</summary>
internal sealed class NotificationTemplate
{
    public NotificationTemplate(string key, string language, string subject, string body, DateTimeOffset updatedAt)
    {
        Key = key;
        Language = language;
        Subject = subject;
        Body = body;
        UpdatedAt = updatedAt;
    }

    /// <summary>The <see cref="Core.Notifications.NotificationDefinition.Key"/> of the e-mail.</summary>
    public string Key { get; private set; }

    public string Language { get; private set; }

    public string Subject { get; set; }

    public string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
