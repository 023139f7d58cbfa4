using Microsoft.Extensions.Localization;
using Pst.Core.Notifications;

namespace Pst.Web.Pages.Admin.Notifications;

/// <summary>An e-mail's name and its audiences' names, in the texts of the module that declares it.</summary>
public sealed class NotificationNames(IStringLocalizerFactory localizers)
{
    public string Of(NotificationDefinition notification) => Text(notification, "NotificationEvent." + notification.Key);

    public string AudiencesOf(NotificationDefinition notification) =>
        string.Join(", ", notification.To.Select(a => Text(notification, "NotificationAudience." + a.Name)));

    private string Text(NotificationDefinition notification, string key) => localizers.Create(notification.Module)[key].Value;
}
