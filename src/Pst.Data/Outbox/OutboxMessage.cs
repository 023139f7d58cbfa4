namespace Pst.Data.Outbox;

/// <summary>An e-mail waiting to be sent. Saved in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string? TextBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While in the future, one node is sending this message and the others leave it alone.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the retries are used up; the message stays for an operator to look at.</summary>
    public DateTimeOffset? AbandonedAt { get; set; }

    public string? LastError { get; set; }
}
