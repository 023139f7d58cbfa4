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

    /// <summary>The new role's name as people will read it; its id is made of it (<see cref="RoleId"/>).</summary>
    [BindProperty]
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "{0} has {2} to {1} characters.")]
    [Display(Name = "Role name")]
    public string NewRole { get; set; } = "";

    public async Task OnGetAsync() => Roles = await roles.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Roles = await roles.ListAsync(HttpContext.RequestAborted);
        var id = RoleId.From(NewRole);
        if (ModelState.IsValid && id is null)
        {
            ModelState.AddModelError(nameof(NewRole), localizer["A role name needs letters."]);
        }
        else if (ModelState.IsValid && Roles.FirstOrDefault(r => string.Equals(r.Role, id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.DisplayName, NewRole.Trim(), StringComparison.CurrentCultureIgnoreCase)) is { } existing)
        {
            ModelState.AddModelError(nameof(NewRole), localizer["The role '{0}' already exists.", existing.DisplayName ?? existing.Role]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await roles.AddAsync(id!, NewRole, HttpContext.RequestAborted);
        return Redirect("/admin/peran/" + Uri.EscapeDataString(id!));
    }
}
