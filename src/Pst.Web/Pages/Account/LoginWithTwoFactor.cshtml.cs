using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

/// <summary>Second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class LoginWithTwoFactorModel(SignInManager<PstUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = TwoFactorCode.AsAuthenticatorCode(Input.Code) is { } code
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, rememberMe, Input.RememberThisDevice)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCode.WithoutSpaces(Input.Code));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? LockoutMessage.For(await signIn.GetTwoFactorAuthenticationUserAsync(), localizer)
            : localizer["The code is wrong or has expired."]);
        return Page();
    }
}

public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Code")]
    [StringLength(20, ErrorMessage = "{0} may have at most {1} characters.")]
    public string Code { get; set; } = "";

    [Display(Name = "Remember this device")]
    public bool RememberThisDevice { get; set; }
}
