using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Data.Accounts;
using Pst.Web.Accounts;

namespace Pst.Web.Pages.Account;

/// <summary>Chooses a new password from the e-mailed link; a successful reset also ends a lockout and confirms the address.</summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ResetPasswordModel(UserManager<PstUser> users) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? userId, string? code)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var token = AccountTokens.Decode(code);
        var result = user is null || token is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        user!.MustChangePassword = false;
        user.EmailConfirmed = true; // the link reached the address: an account opened at the desk is confirmed this way
        await users.UpdateAsync(user);
        if (!StaffAccounts.IsDeactivated(user))
        {
            // Choosing a new password ends a lockout after failed attempts, never a deactivation by the office.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        Done = true;
        return Page();
    }
}
