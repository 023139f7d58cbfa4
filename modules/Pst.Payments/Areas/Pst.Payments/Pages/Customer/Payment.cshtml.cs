using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Messaging;
using Pst.Core.Security;
using Pst.Ordering.Abstractions;
using Pst.Payments.Settling;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Customer;

/// <summary>
/// How the customer pays their request: the billing code, amount and expiry with the slip to download; or, from
/// abroad, the office's account and the upload of the transfer proof. Another customer's request is not found.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
public sealed class PaymentModel(
    IMessages messages,
    PaymentRecords records,
    ReadPayments reader,
    CurrentActor actors,
    TransferProofs proofs,
    IStringLocalizer<PaymentsModule> text) : PageModel
{
    public PaymentView View { get; private set; } = null!;

    /// <summary>The current billing slip on the request, for the download link.</summary>
    public IssuedFileSummary? Slip => View.Request.Current(PaymentFiles.BillingSlip);

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostProofAsync(Guid id, IFormFile? file)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        string? refusal;
        if (file is null)
        {
            refusal = text["Choose a file to upload."].Value;
        }
        else
        {
            try
            {
                await using var content = file.OpenReadStream();
                refusal = await proofs.UploadAsync(request, (await actors.CustomerAsync(User, HttpContext.RequestAborted))!, content, file.Length, HttpContext.RequestAborted) is { } refused
                    ? text[refused.MessageKey, refused.Arguments].Value
                    : null;
            }
            catch (TransitionRefusedException refused)
            {
                refusal = text[refused.MessageKey, [.. refused.Arguments]].Value;
            }
        }

        if (refusal is not null)
        {
            records.DiscardChanges();
            ModelState.AddModelError(string.Empty, refusal);
            return await LoadAsync(id) is null ? NotFound() : Page();
        }

        TempData["Notice"] = "Your proof of transfer is uploaded. The treasurer verifies it.";
        return Redirect($"/permintaan/{id}/pembayaran");
    }

    private async Task<RequestSummary?> LoadAsync(Guid id)
    {
        var customer = await actors.CustomerAsync(User, HttpContext.RequestAborted);
        if (customer is null || await messages.SendAsync(new GetRequest(id, customer), HttpContext.RequestAborted) is not { Number: not null } request)
        {
            return null;
        }

        View = await reader.ForAsync(request, HttpContext.RequestAborted);
        return request;
    }
}
