using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Outbox;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Notifications;

/// <summary>
/// Queues the e-mails of a request's events in the outbox, in the unit of work of the change that caused them, so a
/// step is never lost with, nor waits on, the mail server. Each recipient gets the template in their language.
/// </summary>
internal sealed class RequestNotifier(
    PstDbContext db,
    EmailOutbox outbox,
    NotificationTemplates templates,
    StaffDirectory staff,
    SiteAddress site,
    IStringLocalizerFactory localizers)
{
    /// <summary>Queues the e-mail of a step just taken, if the rules send one.</summary>
    public async Task OnStepAsync(Request request, RequestTransition step, CancellationToken cancellationToken = default)
    {
        if (NotificationRules.For(step.Trigger, request.Channel, request.Handover) is var (notification, audiences))
        {
            await SendAsync(notification, audiences, request, new Dictionary<string, object?> { ["reason"] = step.Reason }, cancellationToken);
        }
    }

    /// <summary>Queues an e-mail no step sends (billing issued or expiring, due soon, overdue) with its own values.</summary>
    public Task NotifyAsync(NotificationEvent notification, Request request, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default) =>
        SendAsync(notification, NotificationRules.Standalone[notification], request, values, cancellationToken);

    private async Task SendAsync(NotificationEvent notification, IEnumerable<NotificationAudience> audiences, Request request, IReadOnlyDictionary<string, object?> extra, CancellationToken cancellationToken)
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
                        ["link"] = audience == NotificationAudience.Customer ? $"{site.Value}/permintaan/{request.Id}" : $"{site.Value}/admin/permintaan/{request.Id}",
                        ["state"] = StateName(request.State, language),
                    },
                    ["customer"] = new Dictionary<string, object?> { ["name"] = request.Customer?.Name },
                };
                var mail = await TemplateRenderer.RenderAsync(await templates.GetAsync(notification, language, cancellationToken), values);
                outbox.Enqueue(email, mail.Subject, mail.Html, mail.Text);
            }
        }
    }

    private async Task<IReadOnlyList<(string Email, string Language)>> RecipientsAsync(NotificationAudience audience, Request request, CancellationToken cancellationToken)
    {
        if (audience == NotificationAudience.Customer)
        {
            var language = await db.Set<PstUser>().Where(u => u.Id == request.CustomerId).Select(u => u.PreferredLanguage).SingleOrDefaultAsync(cancellationToken);
            return request.Customer?.Email is { Length: > 0 } email ? [(email, language ?? "id")] : [];
        }

        return await staff.HoldingAsync(audience == NotificationAudience.Officers ? OrderingPermissions.Serve : OrderingPermissions.TakePayments, cancellationToken);
    }

    private string StateName(RequestState state, string language) =>
        ReaderLanguage.In(language, () => localizers.Create(typeof(OrderingModule))["RequestState." + state].Value);
}
