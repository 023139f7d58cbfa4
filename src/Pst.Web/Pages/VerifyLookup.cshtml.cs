using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Core.Documents;
using Pst.Web.Accounts;

namespace Pst.Web.Pages;

/// <summary><c>/verifikasi?nomor=…</c>: a document number typed by hand (the home page's form) leads to its verification page.</summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class VerifyLookupModel(IIssuedDocuments documents) : PageModel
{
    public const string NumberParameter = "nomor";

    [FromQuery(Name = NumberParameter)]
    public string? Number { get; set; }

    public bool NotFoundNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            return Page();
        }

        var number = Number.Trim().ToUpperInvariant();
        if (await documents.FindAsync(number, HttpContext.RequestAborted) is null)
        {
            NotFoundNumber = true;
            return Page();
        }

        return Redirect("/verifikasi/" + Uri.EscapeDataString(number));
    }
}
