using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>The administrator's walk-in setup: opening hours, services and counters (what the recipe's walkIn step sets up).</summary>
[RequirePermission(WalkInPermissions.Manage)]
public sealed class SetupModel(PstDbContext db, WalkInSetup setup, ISiteSettings settings, IStringLocalizer<WalkInModule> text) : PageModel
{
    public OpeningHours Hours { get; private set; } = new();

    public IReadOnlyList<WalkInService> Services { get; private set; } = [];

    public IReadOnlyList<Counter> Counters { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostHoursAsync(string? opens, string? closes) =>
        ChangeAsync(() => setup.SaveOpeningHoursAsync(opens, closes, HttpContext.RequestAborted), "The opening hours are saved.");

    public Task<IActionResult> OnPostServiceAsync(string? code, string? prefix, string? name, string? nameEn, bool active, bool adding) =>
        ChangeAsync(() => setup.SaveServiceAsync(code, prefix, name, nameEn, active, adding, HttpContext.RequestAborted), "The service is saved.");

    public Task<IActionResult> OnPostCounterAsync(string? code, string? name, string? nameEn, string[]? services, bool active, bool adding) =>
        ChangeAsync(() => setup.SaveCounterAsync(code, name, nameEn, services ?? [], active, adding, HttpContext.RequestAborted), "The counter is saved.");

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string notice)
    {
        try
        {
            await change();
        }
        catch (WalkInStepRefusedException refused)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            await LoadAsync();
            return Page();
        }

        TempData["Notice"] = notice;
        return Redirect("/admin/antrian/pengaturan");
    }

    private async Task LoadAsync()
    {
        Hours = await OpeningHours.LoadAsync(settings, HttpContext.RequestAborted);
        Services = await db.Set<WalkInService>().AsNoTracking().OrderBy(s => s.Order).ToListAsync(HttpContext.RequestAborted);
        Counters = await db.Set<Counter>().AsNoTracking().OrderBy(c => c.Name.Indonesian).ToListAsync(HttpContext.RequestAborted);
    }
}
