using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Payments.Settling;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>
/// The payment settings an administrator keeps: where billing codes come from, how long one stays valid, and the
/// account customers abroad transfer to. A faulty form saves nothing; the account may be left empty as a whole, which
/// stops officers asking customers abroad to pay (see <see cref="TransferAccountRequired"/>).
/// </summary>
[RequirePermission(PaymentPermissions.Settings)]
public sealed class SettingsModel(ISiteSettings settings, IStringLocalizer<PaymentsModule> text) : PageModel
{
    [BindProperty]
    public BillingMode Mode { get; set; }

    [BindProperty]
    public string? BillingValidDays { get; set; }

    [BindProperty]
    public string? Bank { get; set; }

    [BindProperty]
    public string? AccountName { get; set; }

    [BindProperty]
    public string? AccountNumber { get; set; }

    [BindProperty]
    public string? Swift { get; set; }

    public bool Saved { get; private set; }

    public bool HasAccount { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await PaymentSettings.LoadAsync(settings, HttpContext.RequestAborted);
        Show(current);
        Saved = TempData["Saved"] is true;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var current = await PaymentSettings.LoadAsync(settings, HttpContext.RequestAborted);

        if (!int.TryParse(BillingValidDays?.Trim(), out var days) || days is < PaymentSettings.MinBillingValidDays or > PaymentSettings.MaxBillingValidDays)
        {
            ModelState.AddModelError(nameof(BillingValidDays), text["A billing code stays valid from {0} to {1} days.", PaymentSettings.MinBillingValidDays, PaymentSettings.MaxBillingValidDays]);
        }

        if (!Enum.IsDefined(Mode))
        {
            ModelState.AddModelError(nameof(Mode), text["Choose where billing codes come from."]);
        }

        TransferAccount? account = null;
        if (new[] { Bank, AccountName, AccountNumber, Swift }.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            account = TransferAccountRules.Normalise(new(Bank ?? string.Empty, AccountName ?? string.Empty, AccountNumber ?? string.Empty, Swift));
            foreach (var problem in TransferAccountRules.Check(account))
            {
                ModelState.AddModelError(FieldOf(problem.Field), text[problem.Message]);
            }
        }

        HasAccount = current.TransferAccount is not null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await (current with { Mode = Mode, BillingValidDays = days, TransferAccount = account }).SaveAsync(settings, HttpContext.RequestAborted);
        TempData["Saved"] = true;
        return RedirectToPage();
    }

    private void Show(PaymentSettings current)
    {
        Mode = current.Mode;
        BillingValidDays = current.BillingValidDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Bank = current.TransferAccount?.Bank;
        AccountName = current.TransferAccount?.AccountName;
        AccountNumber = current.TransferAccount?.AccountNumber;
        Swift = current.TransferAccount?.Swift;
        HasAccount = current.TransferAccount is not null;
    }

    private static string FieldOf(string field) => field switch
    {
        "bank" => nameof(Bank),
        "accountName" => nameof(AccountName),
        "accountNumber" => nameof(AccountNumber),
        _ => nameof(Swift),
    };
}
