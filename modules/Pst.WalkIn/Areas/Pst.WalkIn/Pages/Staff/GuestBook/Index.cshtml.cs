using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Pst.Core.Kernel;
using Pst.Core.Security;
using Pst.WalkIn.GuestBook;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff.GuestBook;

/// <summary>
/// The guest book of a day with identity numbers masked, for the front office and for whoever may export it; the
/// export with full numbers needs its own permission, and who exported is logged (never the numbers).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed partial class IndexModel(GuestBookRegister register, IPermissionChecker permissions, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Tanggal { get; set; }

    public DateOnly Day { get; private set; }

    public IReadOnlyList<GuestBookEntry> Entries { get; private set; } = [];

    public bool MayExport { get; private set; }

    /// <summary>The front office writes in the guest book; a supervisor only reads and exports it.</summary>
    public bool MayWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        MayExport = await permissions.HasAsync(WalkInPermissions.ExportGuestBook, HttpContext.RequestAborted);
        MayWrite = await permissions.HasAsync(WalkInPermissions.CallTickets, HttpContext.RequestAborted);
        if (!MayExport && !MayWrite)
        {
            return Forbid();
        }

        Day = Tanggal ?? OfficeTime.DateOf(clock.GetUtcNow());
        Entries = await register.OfDayAsync(Day, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await permissions.HasAsync(WalkInPermissions.ExportGuestBook, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        Day = Tanggal ?? OfficeTime.DateOf(clock.GetUtcNow());
        var entries = await register.OfDayAsync(Day, HttpContext.RequestAborted);
        LogExport(logger, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, Day, entries.Count);
        var csv = new StringBuilder("visited_at,identity_document,identity_number,name,email,phone,institution,segment,purpose\n");
        foreach (var e in entries)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                OfficeTime.Local(e.VisitedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.IdentityDocumentType.ToString(), e.IdentityNumber,
                e.Name, e.Email ?? "", e.Phone ?? "", e.Institution ?? "", e.Segment.ToString(), e.Purpose,
            }.Select(Quote)));
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"buku-tamu-{Day:yyyy-MM-dd}.csv");
    }

    /// <summary>A CSV field, quoted when needed; a leading formula character is neutralised for spreadsheets.</summary>
    private static string Quote(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guest book of {Day} exported by {UserId} ({Count} entries)")]
    private static partial void LogExport(ILogger logger, string? userId, DateOnly day, int count);
}
