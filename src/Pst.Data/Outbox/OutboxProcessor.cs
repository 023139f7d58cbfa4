using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Pst.Data.Mail;

namespace Pst.Data.Outbox;

/// <summary>
/// Sends the due messages of the outbox. Each message is claimed with a lease by a conditional update, so when
/// several nodes run this, exactly one sends each message.
/// </summary>
public sealed partial class OutboxProcessor(PstDbContext db, IMailTransport transport, MailOptions options, TimeProvider clock, ILogger<OutboxProcessor> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> ProcessDueAsync(int batchSize = 20, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.AbandonedAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            var leaseUntil = now + Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
            if (claimed == 1 && await SendOneAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(ToMime(message), cancellationToken);
            message.SentAt = clock.GetUtcNow();
            message.LeaseUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = e.Message;
            message.LeaseUntil = null;
            if (message.Attempts >= RetrySchedule.MaxAttempts)
            {
                message.AbandonedAt = clock.GetUtcNow();
            }
            else
            {
                message.NextAttemptAt = clock.GetUtcNow() + RetrySchedule.DelayAfter(message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken);
            LogSendFailed(logger, e, id, message.Attempts);
            return false;
        }
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"outbox-{message.Id}@{options.MessageIdDomain}";
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {Id} failed (attempt {Attempts})")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long id, int attempts);
}
