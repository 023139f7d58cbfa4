namespace Pst.Data.Messaging;

/// <summary>An idempotent command that was handled: its id, its kind and when, so that a repeat changes nothing.</summary>
public sealed class HandledCommandRecord
{
    public Guid MessageId { get; set; }

    public string Command { get; set; } = "";

    public DateTimeOffset HandledAt { get; set; }
}
