using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Settings;
using Pst.Documents;
using Pst.Ordering.Abstractions;

namespace Pst.Payments.Billings;

/// <summary>
/// The treasurer gives a request waiting for payment its billing code (step 11): from the simulator, or, in manual
/// mode, the code made in SIMPONI with its expiry. An expired code is replaced by a new one. The billing slip is
/// composed, registered for verification and attached to the request for the customer.
/// </summary>
public sealed class IssueBilling(
    IMessages messages,
    PaymentRecords records,
    BillingGateways gateways,
    IssueDocument documents,
    IIssuedDocuments register,
    ISiteSettings settings,
    TimeProvider clock)
{
    /// <param name="manualCode">Manual mode: the code SIMPONI made.</param>
    /// <param name="manualExpiry">Manual mode: until when SIMPONI says it is valid.</param>
    public async Task IssueAsync(RequestSummary request, RequestActor treasurer, string siteAddress, string? manualCode = null, DateTimeOffset? manualExpiry = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        PaymentRules.RequireTreasurer(treasurer);
        if (request.State != RequestState.AwaitingPayment)
        {
            throw new TransitionRefusedException("A billing code is issued while the request waits for payment.");
        }

        var customer = request.Customer!;
        if (customer.Domicile == Domicile.Abroad)
        {
            throw new TransitionRefusedException("This customer lives abroad and pays by bank transfer, not with a billing code.");
        }

        var existing = await records.ForAsync(request.Id, cancellationToken);
        if (existing.CurrentBilling is { } current && current.StatusAt(now) is BillingStatus.Active or BillingStatus.Paid)
        {
            throw new TransitionRefusedException("This request already has a billing code that can be paid.");
        }

        var amount = PaymentRules.AmountDue(request);
        var options = await PaymentSettings.LoadAsync(settings, cancellationToken);
        var gateway = await gateways.CurrentAsync(cancellationToken);
        var (code, expiresAt) = gateway.Mode == BillingMode.Simulator
            ? (await gateway.CreateAsync(new BillingOrder(request.Number!, customer.Name, amount, now.AddDays(options.BillingValidDays)), cancellationToken), now.AddDays(options.BillingValidDays))
            : (SimponiFormats.BillingCode(manualCode) ?? throw new TransitionRefusedException("A billing code has 15 digits."),
               manualExpiry is { } until && until > now ? until : throw new TransitionRefusedException("Give the moment the billing code expires, in the future."));
        if (existing.Billings.Any(b => b.Code == code))
        {
            throw new TransitionRefusedException("This billing code was already used.");
        }

        if (existing.CurrentBilling is { } expired)
        {
            expired.Cancel();
            await register.SetStatusAsync(expired.Code, IssuedDocumentStatus.Replaced, code, cancellationToken);
        }

        await using var transaction = await records.BeginAsync(cancellationToken);
        records.Add(new Billing(request.Id, request.Number!, code, amount, now, expiresAt, gateway.Mode));
        var slip = await documents.IssueAsync(
            IssuedDocumentKind.BillingSlip,
            DocumentNumber.Of(code),
            now,
            siteAddress,
            d => BillingSlipDocument.Compose(new BillingSlipData(d.Number, d.IssuedAt, expiresAt, amount, request.Number!, customer.Name, d.VerificationUrl), d.Letterhead),
            request.Number,
            amount,
            $"kode-billing-{code}.pdf",
            cancellationToken);
        try
        {
            await records.SaveAsync(cancellationToken);
            await messages.SendAsync(
                new AttachIssuedFile(request.Id, PaymentFiles.BillingSlip, code, slip.FileId, slip.FileName, PaymentNotifications.BillingIssued, new Dictionary<string, object?>
                {
                    ["billing"] = new Dictionary<string, object?>
                    {
                        ["code"] = BillingSlipDocument.Spaced(code),
                        ["amount"] = amount.ToString(DocumentText.Indonesian),
                        ["expires"] = DocumentText.DateTime(expiresAt),
                    },
                    ["payment"] = PaymentNotifications.PaymentValues(siteAddress, PaymentNotifications.PaymentPage, request.Id),
                }),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await documents.DiscardAsync([slip]);
            throw;
        }
    }
}
