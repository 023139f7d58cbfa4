using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Localization;
using Pst.Web.Security;
using QRCoder;

namespace Pst.Web.Pages.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP): set up by scanning a QR code and confirming one code,
/// then ten one-time recovery codes shown once. Staff cannot turn it off.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<PstUser> users,
    SignInManager<PstUser> signIn,
    CurrentAccount account,
    PermissionCatalogue catalogue,
    ISiteSettings settings,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public TwoFactorSetupInput Input { get; set; } = new();

    public bool Enabled { get; private set; }

    /// <summary>The account holds a staff permission, so two-factor sign-in is compulsory.</summary>
    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await users.GetUserAsync(User)) ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = TwoFactorCode.AsAuthenticatorCode(Input.Code);
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", localizer["The code is wrong or has expired."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (catalogue.AnyStaff(await account.PermissionsAsync(HttpContext.RequestAborted)))
        {
            ModelState.AddModelError(string.Empty, localizer["Staff accounts must keep two-factor sign-in on."]);
        }
        else
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task<bool> LoadAsync(PstUser? user)
    {
        if (user is null)
        {
            return false;
        }

        Enabled = user.TwoFactorEnabled;
        Required = catalogue.AnyStaff(await account.PermissionsAsync(HttpContext.RequestAborted));
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return true;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // a new key changes the security stamp, which the session carries
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Grouped(key!);
        var office = await OfficeSettings.LoadAsync(settings, HttpContext.RequestAborted);
        var issuer = Uri.EscapeDataString(office.Name);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits={TwoFactorCode.AuthenticatorLength}";
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(QrPng(uri));
        return true;
    }

    /// <summary>The key in groups of four, lower case, as authenticator apps accept it typed by hand.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>A PNG (an image, so the page needs no inline style or script for it).</summary>
    private static byte[] QrPng(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(5);
    }
}

public sealed class TwoFactorSetupInput
{
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";
}
