using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Visits;
using Pst.WalkIn.GuestBook;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>
/// The desk for a ticket's visitor: who they are (from the guest book) and the request made with them; opening it
/// leads to the officer's request page, where it is put together and served.
/// </summary>
[RequirePermission(OrderingPermissions.Serve)]
public sealed class DeskModel(PstDbContext db, DeskVisits visits, CurrentActor actors, IStringLocalizer<WalkInModule> text, IOrderingText orderingText) : PageModel
{
    public QueueTicket Ticket { get; private set; } = null!;

    public GuestBookEntry? Entry { get; private set; }

    public bool NeedsNpwp => Entry?.Segment == Core.Kernel.CustomerSegment.PrivateBusiness;

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? npwp)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Entry is null)
        {
            return Page();
        }

        try
        {
            var requestId = await visits.OpenRequestAsync(Entry, actors.Officer(User), npwp, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
            return Redirect($"/admin/permintaan/{requestId}");
        }
        catch (Exception refused) when (RefusalMessages.Of(refused, text, orderingText) is { } message)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<QueueTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Entry = await visits.EntryOfTicketAsync(id, HttpContext.RequestAborted);
        return true;
    }
}
