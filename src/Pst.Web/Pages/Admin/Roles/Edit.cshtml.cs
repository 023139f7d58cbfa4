using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Roles;

/// <summary>The permissions of one role, grouped by the module that declares them.</summary>
[RequirePermission(AdminPermissions.ManageRoles)]
public sealed class EditModel(
    IRolePermissionStore roles,
    PermissionCatalogue catalogue,
    LastRoleManagerGuard guard,
    IStringLocalizerFactory localizers,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Role { get; private set; } = "";

    public IReadOnlyList<PermissionGroup> Groups { get; private set; } = [];

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (await FindAsync(name) is not { } role)
        {
            return NotFound();
        }

        Permissions = role.Permissions.ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name)
    {
        if (await FindAsync(name) is not { } role)
        {
            return NotFound();
        }

        var wanted = Permissions.Where(p => catalogue.Find(p) is not null).ToHashSet(StringComparer.Ordinal);
        if (!await guard.TryChangeAsync(() => roles.SetAsync(role.Role, wanted, HttpContext.RequestAborted), HttpContext.RequestAborted))
        {
            ModelState.AddModelError(string.Empty, localizer["At least one account must keep a role that can manage roles."]);
            Permissions = role.Permissions.ToList();
            return Page();
        }

        Saved = localizer["The permissions of the role are saved."];
        return Page();
    }

    private async Task<RolePermissions?> FindAsync(string name)
    {
        var role = (await roles.ListAsync(HttpContext.RequestAborted)).FirstOrDefault(r => string.Equals(r.Role, name, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            return null;
        }

        Role = role.Role;
        Groups = catalogue.All
            .GroupBy(p => p.Module)
            .Select(g =>
            {
                var text = localizers.Create(g.Key.TextResource);
                return new PermissionGroup(
                    text[g.Key.Manifest.DisplayName],
                    g.Select(p => new PermissionOption(p.Permission.Name, text[p.Permission.Description], p.Permission.IsStaff)).ToList());
            })
            .ToList();
        return role;
    }
}

public sealed record PermissionGroup(string Module, IReadOnlyList<PermissionOption> Permissions);

public sealed record PermissionOption(string Name, string Description, bool IsStaff);
