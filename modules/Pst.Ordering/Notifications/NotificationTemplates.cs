using Microsoft.EntityFrameworkCore;
using Pst.Data;

namespace Pst.Ordering.Notifications;

/// <summary>The templates in force: an administrator's version where there is one, the default otherwise.</summary>
internal sealed class NotificationTemplates(PstDbContext db, TimeProvider clock)
{
    public async Task<TemplateText> GetAsync(NotificationEvent notification, string language, CancellationToken cancellationToken = default) =>
        await db.Set<NotificationTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Event == notification && t.Language == language, cancellationToken) is { } stored
            ? new TemplateText(stored.Subject, stored.Body)
            : DefaultTemplates.For(notification, language);

    /// <summary>Saves a changed template, or returns why it does not parse (then nothing is saved).</summary>
    public async Task<string?> SaveAsync(NotificationEvent notification, string language, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
        {
            return "The subject and the text are required.";
        }

        if ((TemplateRenderer.Check(subject) ?? TemplateRenderer.Check(body)) is { } error)
        {
            return error;
        }

        var stored = await db.Set<NotificationTemplate>().SingleOrDefaultAsync(t => t.Event == notification && t.Language == language, cancellationToken);
        if (stored is null)
        {
            db.Add(new NotificationTemplate(notification, language, subject, body, clock.GetUtcNow()));
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
    public async Task ResetAsync(NotificationEvent notification, string language, CancellationToken cancellationToken = default) =>
        await db.Set<NotificationTemplate>().Where(t => t.Event == notification && t.Language == language).ExecuteDeleteAsync(cancellationToken);
}
