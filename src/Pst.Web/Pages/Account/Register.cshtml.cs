using Microsoft.AspNetCore.Mvc.RazorPages;
using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Outbox;
using Pst.Web.Accounts;
using Pst.Web.Security;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class RegisterModel(UserManager<PstUser> users, PstDbContext db, AccountMail mail, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public string? SentTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new PstUser { UserName = Input.Email, Email = Input.Email, FullName = Input.FullName.Trim(), PreferredLanguage = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id", CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, SystemRoles.Customer);

        // The confirmation mail is queued in the outbox and sent in the background.
        var code = AccountTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        mail.EnqueueLink(user.Email!, "Activate your account", "Open this link to activate your account: {0}",
            Url.Page("/Account/ConfirmEmail", null, new { userId = user.Id, code }, Request.Scheme)!);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SentTo = user.Email;
        return Page();
    }
}

public sealed class RegisterInput : CredentialsInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Full name")]
    [StringLength(200, ErrorMessage = "{0} may have at most {1} characters.")]
    public string FullName { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";
}
