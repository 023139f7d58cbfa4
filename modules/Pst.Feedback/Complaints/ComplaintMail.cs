using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Notifications;
using Pst.Data.Notifications;
using Pst.Data.Outbox;

namespace Pst.Feedback.Complaints;

/// <summary>Queues a complaint's e-mail to one reader, with the complaint's values in the reader's language.</summary>
public sealed class ComplaintMail(NotificationCatalogue catalogue, NotificationMail mail, SiteAddress site, IStringLocalizer<FeedbackModule> text)
{
    public Task QueueAsync(string notification, Complaint complaint, string email, string language, DateOnly? due = null, CancellationToken cancellationToken = default)
    {
        var values = ReaderLanguage.In(language, () => new Dictionary<string, object?>
        {
            ["complaint"] = new Dictionary<string, object?>
            {
                ["number"] = complaint.Number,
                ["category"] = text["ComplaintCategory." + complaint.Category].Value,
                ["channel"] = text["ComplaintChannel." + complaint.Channel].Value,
                ["description"] = complaint.Description,
                ["link"] = site.Value + ComplaintAddresses.StaffOf(complaint),
            },
            ["due_date"] = due?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture),
        });
        return mail.QueueAsync(catalogue.Get(notification), email, language, values, cancellationToken);
    }
}
