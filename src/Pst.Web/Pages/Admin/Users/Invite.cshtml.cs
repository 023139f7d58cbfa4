using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Data;
using Pst.Web.Accounts;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Users;

/// <summary>
/// Invites a staff member: the account is made with the roles chosen and an e-mail asks them to choose a password;
/// their first sign-in then asks them to set up two-factor sign-in.
/// </summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class InviteModel(StaffAccounts staff, CurrentAccount current, PstDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public async Task OnGetAsync() => AllRoles = await RolesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        AllRoles = await RolesAsync();
        var roles = Input.Roles.Intersect(AllRoles, StringComparer.Ordinal).ToList();
        if (!ModelState.IsValid || await current.UserAsync(HttpContext.RequestAborted) is not { } admin)
        {
            return Page();
        }

        try
        {
            var account = await staff.InviteAsync(admin, Input.Email, Input.FullName, roles,
                (userId, code) => Url.Page("/Account/ResetPassword", null, new { userId, code }, Request.Scheme)!, HttpContext.RequestAborted);
            TempData[nameof(EditModel.Saved)] = localizer["The invitation is sent to {0}.", account.Email!].Value;
            return Redirect($"/admin/pengguna/{Uri.EscapeDataString(account.Id)}");
        }
        catch (AccountChangeRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, localizer[refused.MessageKey]);
            return Page();
        }
    }

    private async Task<IReadOnlyList<string>> RolesAsync() =>
        await db.Roles.Where(r => r.Name != SystemRoles.Customer).OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(HttpContext.RequestAborted);
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "{0} may have at most {1} characters.")]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
