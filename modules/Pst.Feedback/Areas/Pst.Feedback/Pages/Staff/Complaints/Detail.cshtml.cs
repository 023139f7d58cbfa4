using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Files;
using Pst.Core.Security;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Staff.Complaints;

/// <summary>
/// One complaint for the officers: what was said and by whom, its limits, the whole thread with internal notes,
/// and the steps: take it on, set its tier and category, reply (the complainant reads it), note (they never do),
/// close with the outcome.
/// </summary>
[RequirePermission(FeedbackPermissions.HandleComplaints)]
public sealed class DetailModel(ComplaintDesk desk, IFileStore files, global::Pst.Data.PstDbContext db, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public Complaint Complaint { get; private set; } = null!;

    public ComplaintDeadlines Deadlines { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id)
    {
        if (!await LoadAsync(id) || Complaint.AttachmentFileId is not { } fileId || await files.OpenAsync(fileId, HttpContext.RequestAborted) is not { } content)
        {
            return NotFound();
        }

        return File(content, StoredFiles.ContentTypeOf(fileId), Complaint.AttachmentName ?? fileId);
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id) =>
        StepAsync(id, (c, at) => c.Assign(UserId, UserName, at));

    public Task<IActionResult> OnPostClassifyAsync(Guid id, ComplaintTier tier, ComplaintCategory category) =>
        StepAsync(id, (c, _) =>
        {
            c.SetTier(tier);
            c.SetCategory(category);
        });

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? message) =>
        StepAsync(id, (c, at) => c.Reply(UserId, UserName, message ?? "", at));

    public Task<IActionResult> OnPostNoteAsync(Guid id, string? message) =>
        StepAsync(id, (c, at) => c.Note(UserId, UserName, message ?? "", at));

    public Task<IActionResult> OnPostCloseAsync(Guid id, ComplaintOutcome outcome, string? message) =>
        StepAsync(id, (c, at) => c.Close(outcome, UserId, UserName, message ?? "", at));

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Staff pages are for signed-in staff.");

    private string UserName { get; set; } = "";

    private async Task<IActionResult> StepAsync(Guid id, Action<Complaint, DateTimeOffset> step)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        UserName = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Where(u => u.Id == UserId).Select(u => u.FullName), HttpContext.RequestAborted);
        try
        {
            await desk.ChangeAsync(Complaint, step, HttpContext.RequestAborted);
            return Redirect(ComplaintAddresses.StaffOf(Complaint));
        }
        catch (ComplaintRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            await LoadAsync(id);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is not { } complaint)
        {
            return false;
        }

        Complaint = complaint;
        Deadlines = await desk.DeadlinesAsync(complaint, HttpContext.RequestAborted);
        return true;
    }
}
