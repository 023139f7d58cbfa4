using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Content.Persistence;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>Every page with its language, state and last change; translations side by side.</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class IndexModel(PageStore pages) : PageModel
{
    public IReadOnlyList<PageListing> Pages { get; private set; } = [];

    public async Task OnGetAsync() => Pages = await pages.ListAsync(HttpContext.RequestAborted);
}
