using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Core.Documents;
using Pst.Web.Accounts;

namespace Pst.Web.Pages;

/// <summary>
/// The public page a document's QR code points to: confirms what the office issued under a number (kind, date,
/// amount, status, request) and nothing about who holds it. An unknown number answers 404.
/// </summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class VerifyModel(IIssuedDocuments documents) : PageModel
{
    public IssuedDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number)
    {
        if (await documents.FindAsync(number, HttpContext.RequestAborted) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }
}
