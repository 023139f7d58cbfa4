using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Payments.Billings;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>
/// The SIMPONI simulator: the billing codes it made, and a button to pay one as the customer would at a bank, so the
/// whole procedure can be walked through (training, tests) without the Ministry of Finance's system.
/// </summary>
[RequirePermission(PaymentPermissions.Manage)]
public sealed class SimulatorModel(SimponiSimulator simulator, TimeProvider clock, IStringLocalizer<PaymentsModule> text) : PageModel
{
    public IReadOnlyList<SimulatedBilling> Billings { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPayAsync(string code)
    {
        if (await simulator.PayAsync(code, HttpContext.RequestAborted) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text[refusal]);
            await LoadAsync();
            return Page();
        }

        TempData["Notice"] = "The billing is paid in the simulator. The treasurer can now confirm the payment.";
        return Redirect("/admin/simponi");
    }

    private async Task LoadAsync()
    {
        Now = clock.GetUtcNow();
        Billings = await simulator.ListAsync(HttpContext.RequestAborted);
    }
}
