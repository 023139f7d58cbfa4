using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Security;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Users;

/// <summary>
/// One account: its profile (identity number masked), its roles, and what an administrator does to it (deactivate
/// and reactivate, unlock, reset two-factor sign-in, send a password-reset link), with the history of those acts.
/// Every change redirects back with what was done.
/// </summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class EditModel(
    UserManager<PstUser> users,
    PstDbContext db,
    StaffAccounts staff,
    CurrentAccount current,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PstUser Account { get; private set; } = null!;

    public string MaskedIdentityNumber { get; private set; } = "";

    public bool LockedOut { get; private set; }

    public bool Deactivated { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public IReadOnlyList<AccountEvent> History { get; private set; } = [];

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Saved { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Roles = (await users.GetRolesAsync(Account)).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostRolesAsync(string id) => ActAsync(id, "The roles are saved.", admin =>
        staff.ChangeRolesAsync(admin, Account, Roles.Intersect(AllRoles, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostUnlockAsync(string id) =>
        ActAsync(id, "The account is unlocked.", admin => staff.UnlockAsync(admin, Account, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostDeactivateAsync(string id) =>
        ActAsync(id, "The account is deactivated: it cannot sign in, and its open sessions have ended.", admin => staff.DeactivateAsync(admin, Account, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostReactivateAsync(string id) =>
        ActAsync(id, "The account is active again.", admin => staff.ReactivateAsync(admin, Account, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) =>
        ActAsync(id, "Two-factor sign-in is reset: the account sets it up again at its next sign-in.", admin => staff.ResetTwoFactorAsync(admin, Account, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostPasswordResetAsync(string id) =>
        ActAsync(id, "A link to choose a new password is sent to the account's e-mail.", admin => staff.SendPasswordResetAsync(admin, Account, ResetLink, HttpContext.RequestAborted));

    /// <summary>The page of the e-mailed link to choose a password (also the invitation's).</summary>
    private string ResetLink(string userId, string code) => Url.Page("/Account/ResetPassword", null, new { userId, code }, Request.Scheme)!;

    private async Task<IActionResult> ActAsync(string id, string done, Func<PstUser, Task> act)
    {
        if (!await LoadAsync(id) || await current.UserAsync(HttpContext.RequestAborted) is not { } admin)
        {
            return NotFound();
        }

        try
        {
            await act(admin);
            Saved = localizer[done];
        }
        catch (AccountChangeRefusedException refused)
        {
            Refusal = localizer[refused.MessageKey];
        }

        return Redirect($"/admin/pengguna/{Uri.EscapeDataString(id)}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        MaskedIdentityNumber = IdentityNumberMask.Mask(account.IdentityNumber);
        Deactivated = StaffAccounts.IsDeactivated(account);
        LockedOut = !Deactivated && account.LockoutEnd > clock.GetUtcNow();
        AllRoles = await db.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(HttpContext.RequestAborted);
        History = await staff.HistoryAsync(account.Id, HttpContext.RequestAborted);
        return true;
    }
}
