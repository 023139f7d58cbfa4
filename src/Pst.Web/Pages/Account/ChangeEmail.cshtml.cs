using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

/// <summary>Asks for a new address; it replaces the old one only when the link sent to it is opened.</summary>
[Authorize]
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class ChangeEmailModel(UserManager<PstUser> users, AccountMail mail, PstDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ChangeEmailInput Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    public string? SentTo { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email!;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", localizer["This is already your email."]);
            return Page();
        }

        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            ModelState.AddModelError("Input.NewEmail", users.ErrorDescriber.DuplicateEmail(newEmail).Description);
            return Page();
        }

        var code = AccountTokens.Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        mail.EnqueueLink(newEmail, "Confirm your new email", "Open this link to use this address for your account: {0}",
            Url.Page("/Account/ConfirmEmailChange", null, new { userId = user.Id, email = newEmail, code }, Request.Scheme)!);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SentTo = newEmail;
        return Page();
    }
}

public sealed class ChangeEmailInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "New email")]
    public string NewEmail { get; set; } = "";
}
