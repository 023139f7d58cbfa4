using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Accounts;

namespace Pst.Web.Pages.Account;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address has an account,
/// so the form cannot be used to find out who is registered.
/// </summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ForgotPasswordModel(UserManager<PstUser> users, AccountMail mail, PstDbContext db) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email) is { EmailConfirmed: true } user)
        {
            var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
            mail.EnqueueLink(user.Email!, "Reset your password", "Open this link to choose a new password: {0}",
                Url.Page("/Account/ResetPassword", null, new { userId = user.Id, code }, Request.Scheme)!);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        Sent = true;
        return Page();
    }
}

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}
