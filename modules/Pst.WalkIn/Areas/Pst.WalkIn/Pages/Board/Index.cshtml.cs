using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Board;

/// <summary>
/// The display board in the waiting room: the number being called and to which counter, and the calls before it,
/// updated live through SignalR; with sound on, each call is spoken in Indonesian by the browser.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(QueueDesk desk) : PageModel
{
    public const int Shown = 6;

    public IReadOnlyList<CallAnnouncementView> Calls { get; private set; } = [];

    public async Task OnGetAsync() => Calls = await desk.RecentCallsAsync(Shown, HttpContext.RequestAborted);
}
