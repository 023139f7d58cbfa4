using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Web.Accounts;

namespace Pst.Web.Pages;

/// <summary>
/// <c>/verifikasi?nomor=…</c>: a number typed by hand (the home page's form) leads to its verification page; a queue
/// slip's number is looked up on the day printed with it (today unless given).
/// </summary>
[EnableRateLimiting(RateLimits.Accounts)]
public sealed class VerifyLookupModel(NumberVerification verification, TimeProvider clock) : PageModel
{
    public const string NumberParameter = "nomor";

    [FromQuery(Name = NumberParameter)]
    public string? Number { get; set; }

    [FromQuery(Name = VerifyModel.DayParameter)]
    public DateOnly? Day { get; set; }

    public bool NotFoundNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            return Page();
        }

        var (document, printed) = await verification.FindAsync(Number, Day ?? OfficeTime.DateOf(clock.GetUtcNow()), HttpContext.RequestAborted);
        var found = document?.Number ?? printed?.Number;
        if (found is null)
        {
            NotFoundNumber = true;
            return Page();
        }

        var address = "/verifikasi/" + Uri.EscapeDataString(found);
        return Redirect(Day is { } day && document is null ? $"{address}?{VerifyModel.DayParameter}={day:yyyy-MM-dd}" : address);
    }
}
