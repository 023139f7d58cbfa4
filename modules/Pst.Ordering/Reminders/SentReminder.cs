namespace Pst.Ordering.Reminders;

/// <summary>
/// A reminder sent (table <c>Ordering_SentReminders</c>), keyed by request and reminder. The unique key is how
/// several nodes running the reminders send each one once: whoever inserts the row sends it.
/// </summary>
internal sealed class SentReminder(Guid requestId, string key, DateTimeOffset sentAt)
{
    public Guid RequestId { get; private set; } = requestId;

    /// <summary>"due-soon", "overdue", or a module's own key ("billing-expiring/820261124000123").</summary>
    public string Key { get; private set; } = key;

    public DateTimeOffset SentAt { get; private set; } = sentAt;
}
