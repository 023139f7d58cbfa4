using Pst.Data.Accounts;

namespace Pst.Feedback.Complaints;

/// <summary>
/// Tells the complaint handlers (everyone whose role may handle complaints) that one came in: queued in the outbox in
/// the unit of work that files it, each mail in its reader's language, with the link to the complaint.
/// </summary>
public sealed class ComplaintHandlersNotice(StaffDirectory staff, ComplaintMail mail)
{
    public async Task QueueAsync(Complaint complaint, CancellationToken cancellationToken = default)
    {
        foreach (var (email, language) in await staff.HoldingAsync(FeedbackPermissions.HandleComplaints, cancellationToken))
        {
            await mail.QueueAsync(ComplaintNotifications.ComplaintReceived, complaint, email, language, cancellationToken: cancellationToken);
        }
    }
}
