using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Settings;

namespace Pst.Web.Pages;

/// <summary>Base of the public pages: loads the office settings the layout shows in its header and footer.</summary>
public abstract class SitePageModel : PageModel
{
    public OfficeSettings Office { get; private set; } = new();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Office = await OfficeSettings.LoadAsync(HttpContext.RequestServices.GetRequiredService<ISiteSettings>(), HttpContext.RequestAborted);
        await next();
    }
}
