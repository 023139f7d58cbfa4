using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Settings;

namespace Pst.Web.Pages;

public sealed class IndexModel(ISiteSettings settings) : PageModel
{
    public OfficeSettings Office { get; private set; } = new();

    public async Task OnGetAsync() => Office = await OfficeSettings.LoadAsync(settings, HttpContext.RequestAborted);
}
