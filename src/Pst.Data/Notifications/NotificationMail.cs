using Pst.Core.Notifications;
using Pst.Data.Outbox;

namespace Pst.Data.Notifications;

/// <summary>
/// Queues one declared e-mail to one recipient: the template in force in the recipient's language, rendered with the
/// values the sender gives, put in the outbox in the caller's unit of work (stored by the caller's SaveChanges).
/// </summary>
public sealed class NotificationMail(NotificationTemplates templates, EmailOutbox outbox)
{
    public async Task QueueAsync(NotificationDefinition notification, string email, string language, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        var mail = await TemplateRenderer.RenderAsync(await templates.GetAsync(notification, language, cancellationToken), values);
        outbox.Enqueue(email, mail.Subject, mail.Html, mail.Text);
    }
}
