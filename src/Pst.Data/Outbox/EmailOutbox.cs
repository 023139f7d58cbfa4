namespace Pst.Data.Outbox;

/// <summary>Queues e-mails in the database; the <see cref="OutboxProcessor"/> sends them later.</summary>
public sealed class EmailOutbox(PstDbContext db, TimeProvider clock)
{
    /// <summary>Adds the message to the current unit of work; it is stored by the caller's SaveChanges.</summary>
    public void Enqueue(string to, string subject, string htmlBody, string? textBody = null)
    {
        var now = clock.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = to,
            Subject = subject,
            HtmlBody = htmlBody,
            TextBody = textBody,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>Queues and stores the message at once, for callers with no change of their own to save.</summary>
    public async Task EnqueueAndSaveAsync(string to, string subject, string htmlBody, string? textBody = null, CancellationToken cancellationToken = default)
    {
        Enqueue(to, subject, htmlBody, textBody);
        await db.SaveChangesAsync(cancellationToken);
    }
}
