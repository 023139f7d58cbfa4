using Microsoft.AspNetCore.Mvc.RazorPages;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Data.Accounts;
using Pst.Web.Accounts;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Account;

[Authorize]
public sealed class ProfileModel(UserManager<PstUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Input = new ProfileInput
        {
            FullName = user.FullName,
            IdentityDocumentType = user.IdentityDocumentType,
            IdentityNumber = user.IdentityNumber,
            PhoneNumber = user.PhoneNumber,
            Segment = user.Segment,
            Institution = user.Institution,
            Npwp = user.Npwp,
            TaxNumberAbroad = user.TaxNumberAbroad,
            Domicile = user.Domicile,
            Language = user.PreferredLanguage == "en" ? "en" : "id",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var (npwp, npwpError) = NpwpRule.Check(Input.Segment, Input.Domicile, Input.Npwp);
        if (npwpError is not null)
        {
            ModelState.AddModelError("Input.Npwp", localizer[npwpError]);
        }

        var (taxNumberAbroad, taxNumberError) = TaxNumberAbroad.Check(Input.Domicile, Input.TaxNumberAbroad);
        if (taxNumberError is not null)
        {
            ModelState.AddModelError("Input.TaxNumberAbroad", localizer[taxNumberError]);
        }

        if (!SiteCultures.Supported.Contains(Input.Language))
        {
            ModelState.AddModelError("Input.Language", localizer["Choose Bahasa Indonesia or English."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.FullName = Input.FullName.Trim();
        user.IdentityDocumentType = Input.IdentityDocumentType;
        user.IdentityNumber = Input.IdentityNumber?.Trim();
        user.PhoneNumber = Input.PhoneNumber?.Trim();
        user.Segment = Input.Segment;
        user.Institution = Input.Institution?.Trim();
        user.Npwp = npwp;
        user.TaxNumberAbroad = taxNumberAbroad;
        user.Domicile = Input.Domicile;
        user.PreferredLanguage = Input.Language;
        await users.UpdateAsync(user);
        Input.Npwp = npwp;
        Input.TaxNumberAbroad = taxNumberAbroad;
        Saved = true;
        return Page();
    }
}

public sealed class ProfileInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(200, ErrorMessage = "{0} may have at most {1} characters.")]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Identity document")]
    public IdentityDocumentType? IdentityDocumentType { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(40, ErrorMessage = "{0} may have at most {1} characters.")]
    [Display(Name = "Identity number")]
    public string? IdentityNumber { get; set; }

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [Display(Name = "Phone")]
    public string? PhoneNumber { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Segment")]
    public CustomerSegment? Segment { get; set; }

    [StringLength(200, ErrorMessage = "{0} may have at most {1} characters.")]
    [Display(Name = "Institution")]
    public string? Institution { get; set; }

    [Display(Name = "NPWP")]
    public string? Npwp { get; set; }

    [Display(Name = "Tax or registration number abroad")]
    public string? TaxNumberAbroad { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Domicile")]
    public Domicile? Domicile { get; set; }

    /// <summary>"id" or "en": e-mails are written in it, and documents carry English beside the Indonesian for "en".</summary>
    [Display(Name = "Language for e-mails and documents")]
    public string Language { get; set; } = "id";
}
