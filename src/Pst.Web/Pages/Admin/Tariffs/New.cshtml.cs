using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Admin.Tariffs;

/// <summary>
/// Enters a new regulation's schedule ahead of the day it takes effect: its rows start as the schedule in force
/// today, and from its date it prices the offers made; invoices issued before keep their amounts.
/// </summary>
[RequirePermission(AdminPermissions.ManageTariffs)]
public sealed class NewModel(ITariffStore tariffs, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    /// <summary>The rows of the new schedule: those of the schedule in force today.</summary>
    public IReadOnlyList<TariffItem> Rows { get; private set; } = [];

    [BindProperty]
    public string? Regulation { get; set; }

    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Amounts { get; set; } = [];

    [BindProperty]
    public bool Confirmed { get; set; }

    public DateOnly Today => OfficeTime.DateOf(clock.GetUtcNow());

    public async Task OnGetAsync()
    {
        Rows = await RowsAsync();
        Amounts = TariffAmountsForm.Of(Rows);
        EffectiveFrom = Today.AddDays(1);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var book = await tariffs.LoadAsync(HttpContext.RequestAborted);
        Rows = Template(book);
        var regulation = Regulation?.Trim();
        if (string.IsNullOrEmpty(regulation))
        {
            ModelState.AddModelError(nameof(Regulation), localizer["Name the regulation."]);
        }
        else if (book.Schedules.Any(s => string.Equals(s.Regulation, regulation, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(Regulation), localizer["There is already a schedule of {0}.", regulation]);
        }

        ModelState.Remove(nameof(EffectiveFrom));
        if (EffectiveFrom is not { } from)
        {
            ModelState.AddModelError(nameof(EffectiveFrom), localizer["Give the day the schedule takes effect."]);
        }
        else if (from < Today)
        {
            ModelState.AddModelError(nameof(EffectiveFrom), localizer["A new schedule takes effect today or later; offers already made keep their invoices."]);
        }
        else if (book.Schedules.Any(s => s.EffectiveFrom == from))
        {
            ModelState.AddModelError(nameof(EffectiveFrom), localizer["Another schedule already takes effect on that day."]);
        }

        var items = TariffAmountsForm.Read(Rows, Amounts, ModelState, localizer);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await tariffs.SetAsync(new TariffSchedule(regulation!, EffectiveFrom!.Value, items, Confirmed), HttpContext.RequestAborted);
        return Redirect("/admin/tarif/ubah?peraturan=" + Uri.EscapeDataString(regulation!));
    }

    private async Task<IReadOnlyList<TariffItem>> RowsAsync() => Template(await tariffs.LoadAsync(HttpContext.RequestAborted));

    /// <summary>The rows of the schedule in force today (the latest if none is yet), which a new regulation usually keeps.</summary>
    private IReadOnlyList<TariffItem> Template(TariffBook book) =>
        (book.FindInForceOn(Today) ?? book.Schedules.LastOrDefault())?.Items ?? [];
}
