using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Notifications;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Notifications;
using Pst.Data.Outbox;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Notifications;

/// <summary>
/// Queues the e-mails about a request in the outbox, in the unit of work of the change that caused them, so a step is
/// never lost with, nor waits on, the mail server. The e-mails are those the modules declare (this one's lifecycle,
/// the payments module's money); each recipient gets the template in their language, with the request's values.
/// </summary>
internal sealed class RequestNotifier(
    PstDbContext db,
    NotificationCatalogue catalogue,
    IEnumerable<IRequestStepMails> stepMails,
    NotificationMail mail,
    StaffDirectory staff,
    SiteAddress site,
    IStringLocalizerFactory localizers)
{
    /// <summary>Queues the e-mails of a step just taken, if a module sends any on it.</summary>
    public async Task OnStepAsync(Request request, RequestTransition step, CancellationToken cancellationToken = default)
    {
        foreach (var stepMail in stepMails.SelectMany(m => m.StepMails).Where(m => m.Step == step.Trigger))
        {
            if (catalogue.Find(stepMail.Notification) is { } notification && AudiencesOn(request.Channel, request.Handover, stepMail, notification) is { Count: > 0 } audiences)
            {
                await SendAsync(notification, audiences, request, new Dictionary<string, object?> { ["reason"] = step.Reason }, cancellationToken, stepMail);
            }
        }
    }

    /// <summary>Queues an e-mail no step sends (a billing issued or expiring, due soon, overdue) with its own values.</summary>
    public Task NotifyAsync(string notification, Request request, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        var definition = catalogue.Get(notification);
        return SendAsync(definition, definition.To, request, values, cancellationToken);
    }

    /// <summary>
    /// Who a step's e-mail goes to on this request. At the walk-in desk everyone who must act is in the room, so only
    /// the e-mails marked for the desk (the receipt) and a product handed over as an e-mailed download link are
    /// mailed, to the visitor.
    /// </summary>
    internal static IReadOnlyList<NotificationAudience> AudiencesOn(SalesChannel channel, DeskHandover? handover, RequestStepMail stepMail, NotificationDefinition notification)
    {
        if (channel != SalesChannel.WalkIn)
        {
            return notification.To;
        }

        var atDesk = stepMail.AtDesk
            || stepMail.Step is RequestTrigger.Deliver or RequestTrigger.Redeliver && handover == DeskHandover.EmailLink;
        return atDesk ? notification.To.Where(a => !a.IsStaff).ToList() : [];
    }

    /// <param name="stepMail">A step's mail, which may name the page where each reader acts; the request pages otherwise.</param>
    private async Task SendAsync(NotificationDefinition notification, IEnumerable<NotificationAudience> audiences, Request request, IReadOnlyDictionary<string, object?> extra, CancellationToken cancellationToken, RequestStepMail? stepMail = null)
    {
        foreach (var audience in audiences)
        {
            foreach (var (email, language) in await RecipientsAsync(audience, request, cancellationToken))
            {
                var values = new Dictionary<string, object?>(extra)
                {
                    ["request"] = new Dictionary<string, object?>
                    {
                        ["number"] = request.Number,
                        ["link"] = site.Value + string.Format(
                            System.Globalization.CultureInfo.InvariantCulture,
                            (audience.IsStaff ? stepMail?.StaffPage : stepMail?.CustomerPage) ?? (audience.IsStaff ? "/admin/permintaan/{0}" : "/permintaan/{0}"),
                            request.Id),
                        ["state"] = StateName(request.State, language),
                    },
                    ["customer"] = new Dictionary<string, object?> { ["name"] = request.Customer?.Name },
                };
                await mail.QueueAsync(notification, email, language, values, cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<(string Email, string Language)>> RecipientsAsync(NotificationAudience audience, Request request, CancellationToken cancellationToken)
    {
        if (audience.Permission is { } permission)
        {
            return await staff.HoldingAsync(permission, cancellationToken);
        }

        var language = await db.Set<PstUser>().Where(u => u.Id == request.CustomerId).Select(u => u.PreferredLanguage).SingleOrDefaultAsync(cancellationToken);
        return request.Customer?.Email is { Length: > 0 } email ? [(email, language ?? "id")] : [];
    }

    private string StateName(RequestState state, string language) =>
        ReaderLanguage.In(language, () => localizers.Create(typeof(OrderingModule))["RequestState." + state].Value);
}
