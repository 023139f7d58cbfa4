using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Data;
using Pst.WalkIn.GuestBook;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff.GuestBook;

/// <summary>
/// The front office fills in the guest book with the visitor, for their ticket; a returning visitor is found by
/// e-mail or identity number and the form is filled from their last visit.
/// </summary>
[RequirePermission(WalkInPermissions.CallTickets)]
public sealed class EntryModel(PstDbContext db, GuestBookRegister register, IStringLocalizer<WalkInModule> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Tiket { get; set; }

    [BindProperty]
    public GuestBookInput Input { get; set; } = new();

    public string? TicketNumber { get; private set; }

    public string? Found { get; private set; }

    public async Task OnGetAsync() => await LoadTicketAsync();

    /// <summary>Fills the form from a returning visitor's last entry.</summary>
    public async Task<IActionResult> OnPostFindAsync(string? returning)
    {
        ModelState.Clear();
        await LoadTicketAsync();
        if (await register.FindReturningAsync(returning ?? "", HttpContext.RequestAborted) is { } previous)
        {
            Input = GuestBookInput.From(previous);
            Found = text["Found: the last visit was on {0}.", Core.Kernel.OfficeTime.Local(previous.VisitedAt).ToString("d MMMM yyyy")];
        }
        else
        {
            ModelState.AddModelError(string.Empty, text["No earlier visit with that e-mail or identity number."]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        await LoadTicketAsync();
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
            await register.RecordAsync(Input, Tiket, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, HttpContext.RequestAborted);
        }
        catch (WalkInStepRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey]);
            return Page();
        }

        TempData["Notice"] = "The visit is written in the guest book.";
        return Redirect("/admin/buku-tamu");
    }

    private async Task LoadTicketAsync() =>
        TicketNumber = Tiket is { } id ? await db.Set<QueueTicket>().Where(t => t.Id == id).Select(t => t.Number).SingleOrDefaultAsync(HttpContext.RequestAborted) : null;
}
