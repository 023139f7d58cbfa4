using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Pst.Content.Caching;
using Pst.Content.Publishing;

namespace Pst.Content.Areas.Pst.Content.Pages.Public;

/// <summary>The home page: the editors' blocks around the entry points (order online, queue number, service standard, complaints, check a document).</summary>
[OutputCache(PolicyName = ContentCache.PolicyName)]
[AllowAnonymous]
public sealed class HomeModel(RenderPage render) : PageModel
{
    public PageView View { get; private set; } = null!;

    public async Task OnGetAsync() => View = await render.RenderHomeAsync(HttpContext.RequestAborted);
}
