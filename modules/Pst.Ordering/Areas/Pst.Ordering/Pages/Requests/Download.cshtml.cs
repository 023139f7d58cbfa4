using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Files;
using Pst.Core.Security;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>
/// A signed product link: the request's customer downloads the file while its download window is open, and the
/// download is counted. A forged or altered token, or another customer's, is not found; a closed window says so.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
[global::Pst.Core.Modules.ReadableWhileOff]
internal sealed class DownloadModel(RequestStore store, DownloadLinks links, IFileStore files, TimeProvider clock) : PageModel
{
    public Guid RequestId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (links.Read(token) is not var (requestId, fileId)
            || await store.FindOwnAsync(requestId, CurrentActor.UserId(User)!, HttpContext.RequestAborted) is not { } request)
        {
            return NotFound();
        }

        RequestId = requestId;
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
