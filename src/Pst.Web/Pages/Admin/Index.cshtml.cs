using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Navigation;
using Pst.Web.Admin;
using Pst.Core.Security;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin;

/// <summary>The staff area's front page: the sections this person may open.</summary>
[RequirePermission(AdminPermissions.AccessStaffArea)]
public sealed class IndexModel(NavigationMenu menu) : PageModel
{
    public IReadOnlyList<NavigationLink> Sections { get; private set; } = [];

    public async Task OnGetAsync() =>
        Sections = (await menu.BuildAsync(NavigationArea.Admin, HttpContext.RequestAborted)).Where(l => l.Url != "/admin").ToList();
}
