using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Admin.Tariffs;

/// <summary>Fills in or corrects the amounts of one schedule and marks it confirmed; a faulty amount saves nothing.</summary>
[RequirePermission(AdminPermissions.ManageTariffs)]
public sealed class EditModel(ITariffStore tariffs, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public TariffSchedule Schedule { get; private set; } = null!;

    /// <summary>The amounts as typed, by item code; empty means not filled in.</summary>
    [BindProperty]
    public Dictionary<string, string?> Amounts { get; set; } = [];

    [BindProperty]
    public bool Confirmed { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? peraturan)
    {
        if (await FindAsync(peraturan) is not { } schedule)
        {
            return NotFound();
        }

        Schedule = schedule;
        Amounts = TariffAmountsForm.Of(schedule.Items);
        Confirmed = schedule.Confirmed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? peraturan)
    {
        if (await FindAsync(peraturan) is not { } schedule)
        {
            return NotFound();
        }

        Schedule = schedule;
        var items = TariffAmountsForm.Read(schedule.Items, Amounts, ModelState, localizer);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await tariffs.SetAsync(schedule with { Items = items, Confirmed = Confirmed }, HttpContext.RequestAborted);
        Schedule = (await FindAsync(peraturan))!;
        Saved = true;
        return Page();
    }

    private async Task<TariffSchedule?> FindAsync(string? regulation) =>
        (await tariffs.LoadAsync(HttpContext.RequestAborted)).Schedules.FirstOrDefault(s => s.Regulation == regulation);
}
