using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Data;
using Pst.Ordering;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Kiosk;

/// <summary>
/// The rating tablet at the desk (step 20): the visitor rates the service of their visit's request, 1 to 5 with a
/// comment, once it is completed. The ticket's address stands for the visitor, as the live ticket page does; the
/// page shows no personal data.
/// </summary>
public sealed class RatingModel(PstDbContext db, DeskVisits visits, IStringLocalizer<WalkInModule> text, IStringLocalizer<OrderingModule> orderingText) : PageModel
{
    public QueueTicket Ticket { get; private set; } = null!;

    public Request? VisitRequest { get; private set; }

    public bool CanRate => VisitRequest?.State == RequestState.Completed;

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, int score, string? comment)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            await visits.RateAsync(id, score, comment, HttpContext.RequestAborted);
            return Redirect($"/antrian/tiket/{id}/nilai");
        }
        catch (Exception refused) when (RefusalMessages.Of(refused, text, orderingText) is { } message)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<QueueTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        VisitRequest = await visits.RequestOfTicketAsync(id, HttpContext.RequestAborted);
        return true;
    }
}
