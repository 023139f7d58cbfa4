using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Security;
using Pst.Ordering.Abstractions;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>
/// The treasurer's desk for one request: issue (or re-issue) its billing code, confirm the payment SIMPONI reports
/// or the proof shows, verify or reject a transfer from abroad, and issue the receipt.
/// </summary>
[RequirePermission(PaymentPermissions.Manage)]
public sealed class DeskModel(
    IMessages messages,
    PaymentRecords records,
    ReadPayments reader,
    CurrentActor actors,
    IssueBilling billing,
    ConfirmPayment confirmation,
    TransferProofs proofs,
    IssueReceipt receipts,
    TakeCash cash,
    IFileStore files,
    IStringLocalizer<PaymentsModule> text,
    IOrderingText orderingText) : PageModel
{
    public PaymentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostBillingAsync(Guid id, string? code, DateTime? expiresAt) =>
        ChangeAsync(id, (r, t) => billing.IssueAsync(r, t, SiteAddress, code, expiresAt is { } local ? new DateTimeOffset(local, OfficeTime.Offset) : null, HttpContext.RequestAborted), "The billing code is issued.");

    public Task<IActionResult> OnPostConfirmAsync(Guid id, string? ntpn, string? ntb, string? bank, DateOnly? paidOn) =>
        ChangeAsync(id, (r, t) => confirmation.ConfirmBillingAsync(r, t, ntpn is null ? null : new PaymentProof(ntpn, ntb, bank ?? "", paidOn ?? DateOnly.MaxValue), HttpContext.RequestAborted), "The payment is confirmed.");

    public Task<IActionResult> OnPostVerifyAsync(Guid id, Guid proof) =>
        ChangeAsync(id, (r, t) => confirmation.VerifyTransferAsync(r, t, proof, HttpContext.RequestAborted), "The transfer is verified and the payment confirmed.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid proof, string? reason) =>
        ChangeAsync(id, (r, t) => proofs.RejectAsync(r, t, proof, reason, HttpContext.RequestAborted), "The proof is rejected. The customer is asked for another.");

    public Task<IActionResult> OnPostCashAsync(Guid id, string? received)
    {
        var notice = "The cash payment is recorded. Issue the receipt once the signed agreement is in.";
        return ChangeAsync(id, async (r, t) =>
        {
            var amount = Rupiah.FromTyped(received) ?? throw new TransitionRefusedException("Enter the cash received in whole rupiah, for example 50.000.");
            if (await cash.TakeAsync(r, t, amount, SiteAddress, HttpContext.RequestAborted))
            {
                notice = "The cash payment is recorded and the receipt issued.";
            }
        }, () => notice);
    }

    public Task<IActionResult> OnPostReceiptAsync(Guid id) =>
        ChangeAsync(id, (r, t) => receipts.IssueAsync(r, t, SiteAddress, HttpContext.RequestAborted), "The receipt is issued.");

    /// <summary>Opens a transfer proof of this request.</summary>
    public async Task<IActionResult> OnGetProofAsync(Guid id, Guid proof)
    {
        if (await LoadAsync(id) is null || View.Records.Proofs.FirstOrDefault(p => p.Id == proof) is not { } found
            || await files.OpenAsync(found.FileId, HttpContext.RequestAborted) is not { } content)
        {
            return NotFound();
        }

        return File(content, StoredFiles.ContentTypeOf(found.FileId));
    }

    public string StateName(RequestState state) => orderingText.StateName(state);

    /// <summary>A refusal in the reader's language, from the module whose rule refused.</summary>
    private string Explain(TransitionRefusedException refused) =>
        orderingText.Refusal(refused) ?? text[refused.MessageKey, [.. refused.Arguments]];

    private string SiteAddress => $"{Request.Scheme}://{Request.Host}";

    private Task<IActionResult> ChangeAsync(Guid id, Func<RequestSummary, RequestActor, Task> change, string notice) => ChangeAsync(id, change, () => notice);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<RequestSummary, RequestActor, Task> change, Func<string> notice)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        try
        {
            await change(request, actors.Treasurer(User));
        }
        catch (TransitionRefusedException refused)
        {
            records.DiscardChanges();
            ModelState.AddModelError(string.Empty, Explain(refused));
            return await LoadAsync(id) is null ? NotFound() : Page();
        }

        TempData["Notice"] = notice();
        return Redirect($"/admin/pembayaran/{id}");
    }

    private async Task<RequestSummary?> LoadAsync(Guid id)
    {
        if (await messages.SendAsync(new GetRequest(id, actors.Treasurer(User)), HttpContext.RequestAborted) is not { Number: not null } request)
        {
            return null;
        }

        View = await reader.ForAsync(request, HttpContext.RequestAborted);
        return request;
    }
}
