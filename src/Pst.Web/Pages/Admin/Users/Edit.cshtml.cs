using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Core.Security;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Users;

/// <summary>One account: its profile (identity number masked), the roles it holds, and unlocking it.</summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class EditModel(
    UserManager<PstUser> users,
    PstDbContext db,
    LastRoleManagerGuard guard,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PstUser Account { get; private set; } = null!;

    public string MaskedIdentityNumber { get; private set; } = "";

    public bool LockedOut { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Roles = (await users.GetRolesAsync(Account)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var wanted = Roles.Intersect(AllRoles, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var current = (await users.GetRolesAsync(Account)).ToHashSet(StringComparer.Ordinal);
        var changed = await guard.TryChangeAsync(async () =>
        {
            Check(await users.RemoveFromRolesAsync(Account, current.Except(wanted)));
            Check(await users.AddToRolesAsync(Account, wanted.Except(current)));
        }, HttpContext.RequestAborted);

        if (!changed)
        {
            ModelState.AddModelError(string.Empty, localizer["At least one account must keep a role that can manage roles."]);
            await LoadAsync(id);
            Roles = current.ToList();
            return Page();
        }

        Saved = localizer["The roles are saved."];
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await LoadAsync(id);
        Roles = (await users.GetRolesAsync(Account)).ToList();
        Saved = localizer["The account is unlocked."];
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        MaskedIdentityNumber = IdentityNumberMask.Mask(account.IdentityNumber);
        LockedOut = account.LockoutEnd > clock.GetUtcNow();
        AllRoles = await db.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
