using Microsoft.EntityFrameworkCore;
using Pst.Core.Notifications;

namespace Pst.Data.Notifications;

/// <summary>The templates in force: an administrator's version where there is one, the module's default otherwise.</summary>
public sealed class NotificationTemplates(PstDbContext db, TimeProvider clock)
{
    public async Task<TemplateText> GetAsync(NotificationDefinition notification, string language, CancellationToken cancellationToken = default) =>
        await db.Set<NotificationTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Key == notification.Key && t.Language == language, cancellationToken) is { } stored
            ? new TemplateText(stored.Subject, stored.Body)
            : notification.DefaultIn(language);

    /// <summary>Saves a changed template, or returns why it does not parse (then nothing is saved).</summary>
    public async Task<string?> SaveAsync(NotificationDefinition notification, string language, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
        {
            return "The subject and the text are required.";
        }

        if ((TemplateRenderer.Check(subject) ?? TemplateRenderer.Check(body)) is { } error)
        {
            return error;
        }

        var stored = await db.Set<NotificationTemplate>().SingleOrDefaultAsync(t => t.Key == notification.Key && t.Language == language, cancellationToken);
        if (stored is null)
        {
            db.Add(new NotificationTemplate(notification.Key, language, subject, body, clock.GetUtcNow()));
        }
        else
        {
            stored.Subject = subject;
            stored.Body = body;
            stored.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Goes back to the default template.</summary>
    public async Task ResetAsync(NotificationDefinition notification, string language, CancellationToken cancellationToken = default) =>
        await db.Set<NotificationTemplate>().Where(t => t.Key == notification.Key && t.Language == language).ExecuteDeleteAsync(cancellationToken);
}
