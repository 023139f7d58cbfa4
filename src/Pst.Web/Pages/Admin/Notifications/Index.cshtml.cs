using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Notifications;
using Pst.Core.Security;
using Pst.Web.Admin;

namespace Pst.Web.Pages.Admin.Notifications;

/// <summary>The e-mails the site sends, as the enabled modules declare them: each event, who gets it, and its template in each language.</summary>
[RequirePermission(AdminPermissions.ManageNotifications)]
public sealed class IndexModel(NotificationCatalogue catalogue, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<NotificationDefinition> Notifications => catalogue.All;

    public NotificationNames Names { get; } = new(localizers);

    public void OnGet()
    {
    }
}
