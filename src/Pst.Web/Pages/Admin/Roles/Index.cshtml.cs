using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Roles;

/// <summary>The roles with how many permissions each holds, and a form to add a role.</summary>
[RequirePermission(AdminPermissions.ManageRoles)]
public sealed class IndexModel(IRolePermissionStore roles, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<RolePermissions> Roles { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "The {0} field is required.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{1,49}$", ErrorMessage = "A role name has 2 to 50 letters and digits, starting with a letter.")]
    [Display(Name = "Role name")]
    public string NewRole { get; set; } = "";

    public async Task OnGetAsync() => Roles = await roles.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Roles = await roles.ListAsync(HttpContext.RequestAborted);
        if (ModelState.IsValid && Roles.Any(r => string.Equals(r.Role, NewRole, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(NewRole), localizer["The role '{0}' already exists.", NewRole]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await roles.SetAsync(NewRole, [], HttpContext.RequestAborted);
        return Redirect("/admin/peran/" + Uri.EscapeDataString(NewRole));
    }
}
