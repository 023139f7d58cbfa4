using Microsoft.AspNetCore.Mvc.RazorPages;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Accounts)]
public sealed class LoginModel(SignInManager<PstUser> signIn, UserManager<PstUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithTwoFactor", new { returnUrl, rememberMe = Input.RememberMe });
        }

        var user = await users.FindByEmailAsync(Input.Email);
        var message = result.IsLockedOut ? LockoutMessage.For(user, localizer)
            : result.IsNotAllowed && user is { EmailConfirmed: false } ? localizer["Confirm your email before signing in."]
            : localizer["The email or password is wrong."];
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}

public sealed class LoginInput : CredentialsInput
{
    [Display(Name = "Remember me")]
    public bool RememberMe { get; set; }
}
