using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Security;
using Pst.Ordering.Persistence;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>
/// Downloads a file of the customer's own request; anything else is not found. Delivered products are not served
/// here but through their signed, expiring links (<see cref="DownloadModel"/>), which count the downloads.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
[global::Pst.Core.Modules.ReadableWhileOff]
internal sealed class FileModel(RequestStore store, RequestFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string fileId) =>
        await store.FindOwnAsync(id, CurrentActor.UserId(User)!, HttpContext.RequestAborted) is { } request
        && request.IssuedFiles.All(f => f.FileId != fileId || f.Kind != IssuedFileKind.Product)
        && await files.OpenAsync(request, fileId, HttpContext.RequestAborted) is { } file
            ? File(file.Content, file.ContentType, file.DownloadName)
            : NotFound();
}
