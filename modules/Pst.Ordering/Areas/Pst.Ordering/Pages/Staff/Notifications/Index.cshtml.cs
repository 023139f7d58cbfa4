using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Security;
using Pst.Ordering.Notifications;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff.Notifications;

/// <summary>The e-mails of requests: each event, who gets it, and its template in each language.</summary>
[RequirePermission(OrderingPermissions.ManageNotifications)]
internal sealed class IndexModel : PageModel
{
    public IReadOnlyList<NotificationEvent> Events { get; } = Enum.GetValues<NotificationEvent>();

    public void OnGet()
    {
    }
}
