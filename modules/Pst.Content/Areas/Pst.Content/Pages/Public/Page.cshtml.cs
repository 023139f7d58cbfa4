using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pst.Content.Caching;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;

namespace Pst.Content.Areas.Pst.Content.Pages.Public;

/// <summary>
/// A published page at <c>/halaman/{slug}</c>. A reader who chose the other language and arrives at a page that has
/// a published translation is sent to it; drafts and unpublished pages answer 404.
/// </summary>
[OutputCache(PolicyName = ContentCache.PolicyName)]
[AllowAnonymous]
public sealed class PublicPageModel(PageStore pages, RenderPage render) : PageModel
{
    public PageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var reader = ContentLanguage.Current;
        if (await pages.FindPublishedAsync(slug, reader, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        var translation = (await pages.TranslationsAsync(page.TranslationGroup, HttpContext.RequestAborted)).FirstOrDefault(p => p.Id != page.Id && p.IsPublic);
        if (page.Language != reader && translation?.Language == reader)
        {
            return Redirect(SiteAddresses.Page(translation.Slug));
        }

        View = await render.RenderAsync(page, page.Published!, translation, HttpContext.RequestAborted);
        return Page();
    }
}
