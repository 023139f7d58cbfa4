using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Pages;
using Pst.Core.Security;
using Pst.Ordering.Abstractions;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Payments.Areas.Pst.Payments.Pages.Staff;

/// <summary>
/// The treasurer's desk for one request: issue (or re-issue) its billing code, confirm the payment SIMPONI reports
/// or the proof shows, take cash at the desk (with the change to give back), verify or reject a transfer from abroad,
/// and issue and print the receipt. A supervisor reads it all and takes no step.
/// </summary>
[RequirePermission(PaymentPermissions.Manage, OrderingPermissions.Read)]
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
    IPermissionChecker permissions,
    IStringLocalizer<PaymentsModule> text,
    IOrderingText orderingText) : StepPageModel<RequestSummary>
{
    public PaymentView View { get; private set; } = null!;

    /// <summary>The reader takes payments; false for one who only reads them (no form is offered).</summary>
    public bool MayTakePayments { get; private set; }

    /// <summary>The change to give back after the cash just taken; shown once, after the step.</summary>
    public Rupiah? ChangeDue => Rupiah.FromTyped(TempData[ChangeDueKey] as string); // TempData keeps strings, not longs; read once, then gone

    private const string ChangeDueKey = "ChangeDue";

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostBillingAsync(Guid id, string? code, DateTime? expiresAt) =>
        StepAsync(id, r => billing.IssueAsync(r, Treasurer, SiteAddress, code, expiresAt is { } local ? new DateTimeOffset(local, OfficeTime.Offset) : null, HttpContext.RequestAborted), "The billing code is issued.");

    public Task<IActionResult> OnPostConfirmAsync(Guid id, string? ntpn, string? ntb, string? bank, DateOnly? paidOn) =>
        StepAsync(id, r => confirmation.ConfirmBillingAsync(r, Treasurer, ntpn is null ? null : new PaymentProof(ntpn, ntb, bank ?? "", paidOn ?? DateOnly.MaxValue), HttpContext.RequestAborted), "The payment is confirmed.");

    public Task<IActionResult> OnPostVerifyAsync(Guid id, Guid proof, string? received, DateOnly? arrivedOn, string? reference) =>
        StepAsync(id, r => confirmation.VerifyTransferAsync(r, Treasurer, proof, new TransferReceived(Rupiah.FromTyped(received), arrivedOn, reference), HttpContext.RequestAborted), "The transfer is verified and the payment confirmed.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid proof, string? reason) =>
        StepAsync(id, r => proofs.RejectAsync(r, Treasurer, proof, reason, HttpContext.RequestAborted), "The proof is rejected. The customer is asked for another.");

    public Task<IActionResult> OnPostCashAsync(Guid id, string? received)
    {
        var notice = "The cash payment is recorded. Issue the receipt once the signed agreement is in.";
        return StepAsync(id, async r =>
        {
            var amount = Rupiah.FromTyped(received) ?? throw new TransitionRefusedException("Enter the cash received in whole rupiah, for example 50.000.");
            var taken = await cash.TakeAsync(r, Treasurer, amount, SiteAddress, HttpContext.RequestAborted);
            if (taken.ReceiptIssued)
            {
                notice = "The cash payment is recorded and the receipt issued.";
            }

            TempData[ChangeDueKey] = taken.Change.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, () => notice);
    }

    public Task<IActionResult> OnPostReceiptAsync(Guid id) =>
        StepAsync(id, r => receipts.IssueAsync(r, Treasurer, SiteAddress, HttpContext.RequestAborted), "The receipt is issued.");

    public Task<IActionResult> OnPostCorrectReceiptAsync(Guid id, string? payerName, string? institution, string? address) =>
        StepAsync(id, r => receipts.CorrectAsync(r, Treasurer, payerName, institution, address, SiteAddress, HttpContext.RequestAborted), "The corrected receipt is issued and sent to the customer; the earlier one no longer stands.");

    /// <summary>The receipt in force, to print for the visitor or file.</summary>
    public async Task<IActionResult> OnGetPrintReceiptAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } request || request.Current(IssuedFileKind.Receipt) is not { } receipt
            || await files.OpenAsync(receipt.FileId, HttpContext.RequestAborted) is not { } content)
        {
            return NotFound();
        }

        return File(content, StoredFiles.ContentTypeOf(receipt.FileId), receipt.FileName);
    }

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

    /// <summary>The signed-in treasurer (the page requires the permission).</summary>
    private RequestActor Treasurer => actors.Treasurer(User);

    private string SiteAddress => $"{Request.Scheme}://{Request.Host}";

    protected override string AddressOf(Guid id) => $"/admin/pembayaran/{id}";

    /// <summary>A refusal in the reader's language, from the module whose rule refused.</summary>
    protected override string? Explain(Exception exception) =>
        exception is TransitionRefusedException refused ? orderingText.Refusal(refused) ?? text[refused.MessageKey, [.. refused.Arguments]] : null;

    protected override void DiscardChanges() => records.DiscardChanges();

    protected override Task<bool> MayTakeStepsAsync() => permissions.HasAsync(PaymentPermissions.Manage, HttpContext.RequestAborted);

    protected override async Task<RequestSummary?> LoadAsync(Guid id)
    {
        if (await messages.SendAsync(new GetRequest(id, Treasurer), HttpContext.RequestAborted) is not { Number: not null } request)
        {
            return null;
        }

        MayTakePayments = await MayTakeStepsAsync();
        View = await reader.ForAsync(request, HttpContext.RequestAborted);
        if (!MayTakePayments)
        {
            View = View with { Actions = [] };
        }

        return request;
    }
}
