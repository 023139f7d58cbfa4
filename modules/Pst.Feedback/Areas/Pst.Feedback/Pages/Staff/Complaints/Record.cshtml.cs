using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Feedback.Areas.Pst.Feedback.Pages.Complaints;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Staff.Complaints;

/// <summary>An officer records a complaint that came by another channel the standard lists (the suggestion box, e-mail, WhatsApp, social media, SP4N-LAPOR!).</summary>
[RequirePermission(FeedbackPermissions.HandleComplaints)]
public sealed class RecordModel(ComplaintDesk desk, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public static readonly ComplaintChannel[] Channels = [.. Enum.GetValues<ComplaintChannel>().Where(c => c != ComplaintChannel.Website)];

    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    [BindProperty]
    public ComplaintChannel Channel { get; set; } = ComplaintChannel.SuggestionBox;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            if (!Channels.Contains(Channel))
            {
                throw new ComplaintRefusedException("Choose the channel the complaint came by.");
            }

            var complaint = await desk.FileAsync(Input.ToForm(Channel), null, User.FindFirstValue(ClaimTypes.NameIdentifier), null, HttpContext.RequestAborted);
            return Redirect(ComplaintAddresses.StaffOf(complaint));
        }
        catch (ComplaintRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            return Page();
        }
    }
}
