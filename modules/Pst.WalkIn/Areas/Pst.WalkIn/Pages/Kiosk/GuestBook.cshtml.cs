using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Data;
using Pst.WalkIn.GuestBook;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Kiosk;

/// <summary>The visitor fills in the guest book themselves on the kiosk, for the ticket they just took (once).</summary>
[AllowAnonymous]
public sealed class GuestBookModel(PstDbContext db, GuestBookRegister register, IStringLocalizer<WalkInModule> text) : PageModel
{
    [BindProperty]
    public GuestBookInput Input { get; set; } = new();

    public QueueTicket Ticket { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        var errors = Input.Check();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : "Input." + field, text[message]);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        try
        {
            await register.RecordAsync(Input, id, null, HttpContext.RequestAborted);
        }
        catch (WalkInStepRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey]);
            return Page();
        }

        return Redirect($"/antrian/tiket/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<QueueTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        return true;
    }
}
