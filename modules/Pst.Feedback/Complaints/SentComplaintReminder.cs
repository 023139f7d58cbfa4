namespace Pst.Feedback.Complaints;

/// <summary>
/// A complaint reminder sent (table <c>Feedback_ComplaintReminders</c>), keyed by complaint and limit
/// ("first-response-soon", "resolution-overdue"…). Whoever inserts the row sends it, so each is sent once however
/// many nodes run the reminders.
/// </summary>
public sealed class SentComplaintReminder(Guid complaintId, string key, DateTimeOffset sentAt)
{
    public Guid ComplaintId { get; private set; } = complaintId;

    public string Key { get; private set; } = key;

    public DateTimeOffset SentAt { get; private set; } = sentAt;
}
