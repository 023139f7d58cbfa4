using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Files;
using Pst.Core.Security;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>
/// A signed product link: the request's customer downloads the file while it is in force and its download window
/// is open, and the download is counted. A link to a file the office replaced (as in the first delivery's e-mail)
/// says so and points to the files that took its place; a closed window says so and offers new links. A forged or
/// altered token, or another customer's, is not found.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
[global::Pst.Core.Modules.ReadableWhileOff]
internal sealed class DownloadModel(RequestStore store, DownloadLinks links, IFileStore files, TimeProvider clock) : PageModel
{
    public Guid RequestId { get; private set; }

    /// <summary>The files in force that replaced the one linked, with their links; empty when the link's window closed instead.</summary>
    public IReadOnlyList<(IssuedFile File, string Link)> Replacements { get; private set; } = [];

    public bool Replaced { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (links.Read(token) is not var (requestId, fileId)
            || await store.FindOwnAsync(requestId, CurrentActor.UserId(User)!, HttpContext.RequestAborted) is not { } request
            || request.IssuedFiles.FirstOrDefault(f => f.FileId == fileId) is not { } linked)
        {
            return NotFound();
        }

        RequestId = requestId;
        if (linked.Replaced)
        {
            Replaced = true;
            Replacements = request.ReplacementsOf(linked).Select(f => (f, links.For(request, f))).ToList();
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        try
        {
            var file = request.RecordDownload(fileId, clock.GetUtcNow());
            await store.SaveAsync(HttpContext.RequestAborted);
            return await files.OpenAsync(file.FileId, HttpContext.RequestAborted) is { } content
                ? File(content, StoredFiles.ContentTypeOf(file.FileId), file.FileName)
                : NotFound();
        }
        catch (TransitionRefusedException)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
    }
}
