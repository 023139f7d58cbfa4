using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>The newest version (or <c>?versi=n</c>) in the public layout, exactly as publishing it would show it; only editors reach it.</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class PreviewModel(PageStore pages, RenderPage render) : PageModel
{
    public const string VersionParameter = "versi";

    [FromQuery(Name = VersionParameter)]
    public int? Number { get; set; }

    public PageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await pages.FindAsync(id, HttpContext.RequestAborted) is not { } page
            || (Number is { } number ? page.Version(number) : page.Latest) is not { } version)
        {
            return NotFound();
        }

        var translation = (await pages.TranslationsAsync(page.TranslationGroup, HttpContext.RequestAborted)).FirstOrDefault(p => p.Id != page.Id && p.IsPublic);
        View = await render.RenderAsync(page, version, translation, HttpContext.RequestAborted);
        return Page();
    }
}
