using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Security;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>Staff open a file of a sent request (an uploaded document to check, or what the office issued).</summary>
[RequirePermission(OrderingPermissions.Serve, OrderingPermissions.Read)]
internal sealed class FileModel(RequestStore store, RequestFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string fileId) =>
        await store.FindAsync(id, HttpContext.RequestAborted) is { State: not RequestState.Draft } request
        && await files.OpenAsync(request, fileId, HttpContext.RequestAborted) is { } file
            ? File(file.Content, file.ContentType, file.DownloadName)
            : NotFound();
}
