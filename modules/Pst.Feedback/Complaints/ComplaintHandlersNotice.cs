using System.Net;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Data.Accounts;
using Pst.Data.Outbox;

namespace Pst.Feedback.Complaints;

/// <summary>
/// Tells the complaint handlers (everyone whose role may handle complaints) that one came in: queued in the outbox in
/// the unit of work that files it, each mail in its reader's language, with the link to the complaint.
/// </summary>
public sealed class ComplaintHandlersNotice(StaffDirectory staff, EmailOutbox outbox, SiteAddress site, IStringLocalizer<FeedbackModule> text)
{
    public async Task QueueAsync(Complaint complaint, CancellationToken cancellationToken = default)
    {
        var link = site.Value + ComplaintAddresses.StaffOf(complaint);
        foreach (var (email, language) in await staff.HoldingAsync(FeedbackPermissions.HandleComplaints, cancellationToken))
        {
            var (subject, intro) = ReaderLanguage.In(language, () => (
                text["New complaint {0}: {1}", complaint.Number, text["ComplaintCategory." + complaint.Category]].Value,
                text["A complaint came in through {0}. Answer it within its time limit:", text["ComplaintChannel." + complaint.Channel]].Value));
            outbox.Enqueue(
                email,
                subject,
                $"<p>{WebUtility.HtmlEncode(intro)} <a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p><p>{WebUtility.HtmlEncode(complaint.Description)}</p>",
                $"{intro}\n{link}\n\n{complaint.Description}");
        }
    }
}
