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
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class RegisterModel(UserManager<PstUser> users, PstDbContext db, EmailOutbox outbox, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : SitePageModel
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

        var user = new PstUser { UserName = Input.Email, Email = Input.Email, FullName = Input.FullName.Trim(), CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, Describe(error));
            }

            return Page();
        }

        // The confirmation mail is queued in the outbox and sent in the background.
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = user.Id, code }, Request.Scheme)!;
        outbox.Enqueue(user.Email!, localizer["Activate your account"],
            $"<p>{HtmlEncoder.Default.Encode(localizer["Open this link to activate your account: {0}", ""])}<a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(link)}</a></p>",
            localizer["Open this link to activate your account: {0}", link]);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        SentTo = user.Email;
        return Page();
    }

    private string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => localizer["An account with this email already exists."],
        nameof(IdentityErrorDescriber.PasswordTooShort) => localizer["The password must have at least {0} characters.", PasswordRules.MinimumLength],
        _ => error.Description,
    };
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
