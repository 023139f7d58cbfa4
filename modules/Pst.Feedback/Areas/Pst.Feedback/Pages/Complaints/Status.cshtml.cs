using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Complaints;

/// <summary>
/// A complaint as its complainant follows it through the secret link: its state, limits, the replies (never the
/// internal notes), and a box to write more while it is open. A wrong number or key answers as missing.
/// </summary>
[AllowAnonymous]
public sealed class StatusModel(ComplaintDesk desk, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public Complaint Complaint { get; private set; } = null!;

    public ComplaintDeadlines Deadlines { get; private set; } = null!;

    public string Link => ComplaintAddresses.StatusOf(Complaint);

    public async Task<IActionResult> OnGetAsync(string number, string? kunci) =>
        await LoadAsync(number, kunci) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, string? kunci, string? message)
    {
        if (!await LoadAsync(number, kunci))
        {
            return NotFound();
        }

        try
        {
            await desk.ChangeAsync(Complaint, (c, at) => c.AddFromComplainant(message ?? "", at), HttpContext.RequestAborted);
            return Redirect(Link);
        }
        catch (ComplaintRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            await LoadAsync(number, kunci);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string number, string? secret)
    {
        if (await desk.FindBySecretAsync(number, secret, HttpContext.RequestAborted) is not { } complaint)
        {
            return false;
        }

        Complaint = complaint;
        Deadlines = await desk.DeadlinesAsync(complaint, HttpContext.RequestAborted);
        return true;
    }
}
