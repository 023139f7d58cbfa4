using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Complaints;

/// <summary>
/// A complaint made on the site, signed in or not: what it is about, what happened, optionally who and how to
/// answer, the request or ticket it concerns, and a file. The complainant is taken to its status page, whose
/// secret link is theirs to keep.
/// </summary>
[AllowAnonymous]
public sealed class NewModel(ComplaintDesk desk, IStringLocalizer<FeedbackModule> text) : PageModel
{
    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public void OnGet(string? perihal) => Input.Concerns = perihal;

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        try
        {
            await using var content = file?.OpenReadStream();
            var complaint = await desk.FileAsync(
                Input.ToForm(ComplaintChannel.Website),
                User.FindFirstValue(ClaimTypes.NameIdentifier),
                recordedBy: null,
                file is null || content is null ? null : new ComplaintAttachment(content, file.Length, file.FileName),
                HttpContext.RequestAborted);
            return Redirect(ComplaintAddresses.StatusOf(complaint));
        }
        catch (ComplaintRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            return Page();
        }
    }
}

/// <summary>The fields of a complaint form, shared by the site's form and the staff's record of another channel.</summary>
public sealed class ComplaintInput
{
    public ComplaintCategory Category { get; set; } = ComplaintCategory.Other;

    public string? Description { get; set; }

    public string? Name { get; set; }

    public string? Contact { get; set; }

    public string? Concerns { get; set; }

    public ComplaintForm ToForm(ComplaintChannel channel) => new(channel, Category, Description, Name, Contact, Concerns);
}
