using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Web.Accounts;

namespace Pst.Web.Pages;

/// <summary>
/// The public page a document's QR code points to: confirms what the office issued under a number (kind, date,
/// amount, status, request) and nothing about who holds it. Other numbers the office prints (a queue slip's, on the
/// day printed with it; a request's) are confirmed the same way. An unknown number answers 404.
/// </summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class VerifyModel(NumberVerification verification, TimeProvider clock) : PageModel
{
    public const string DayParameter = "tanggal";

    public IssuedDocument? Document { get; private set; }

    public PrintedNumber? Printed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, [FromQuery(Name = DayParameter)] DateOnly? day)
    {
        (Document, Printed) = await verification.FindAsync(number, day ?? OfficeTime.DateOf(clock.GetUtcNow()), HttpContext.RequestAborted);
        return Document is null && Printed is null ? NotFound() : Page();
    }
}
