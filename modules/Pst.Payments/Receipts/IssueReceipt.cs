using Microsoft.EntityFrameworkCore;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Ordering.Abstractions;
using Pst.Payments.Billings;
using Pst.Payments.Settling;
using Pst.Documents;

namespace Pst.Payments.Receipts;

/// <summary>
/// The treasurer issues the receipt once payment is settled (and the signed agreement is in, when one is needed):
/// numbered, composed, registered for verification and attached to the request. One receipt per request, also
/// when two treasurers issue it at once. A receipt made out wrongly (the payer's name, institution or address) is
/// corrected by a new one under a new number, which replaces it everywhere (the request's files, the register that
/// /verifikasi reads, with a pointer to the new number) and is mailed to the customer.
/// </summary>
public sealed class IssueReceipt(
    IMessages messages,
    PaymentRecords records,
    IssueDocument documents,
    IIssuedDocuments register,
    PstDbContext db,
    TimeProvider clock)
{
    public async Task IssueAsync(RequestSummary request, RequestActor treasurer, string siteAddress, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        await messages.SendAsync(new CheckStep(request.Id, RequestTrigger.IssueReceipt, treasurer), cancellationToken);
        var payment = (await records.ForAsync(request.Id, cancellationToken)).Payment;
        if (payment is null && !request.NothingToPay)
        {
            throw new TransitionRefusedException("The payment of this request is not confirmed.");
        }

        var customer = request.Customer!;
        var now = clock.GetUtcNow();
        var amount = new Rupiah(payment?.Amount ?? 0);
        var treasurerName = await TreasurerNameAsync(treasurer, cancellationToken);
        await using var transaction = await records.BeginAsync(cancellationToken);
        var receipt = await documents.IssueAsync(
            IssuedDocumentKind.Receipt,
            DocumentNumber.Yearly("KW", "receipt"),
            now,
            siteAddress,
            d => ReceiptDocument.Compose(
                new ReceiptData(
                    d.Number,
                    d.IssuedAt,
                    customer.Name,
                    customer.Institution,
                    amount,
                    request.Number!,
                    request.Lines.Select(l => l.ItemTitle).ToList(),
                    Reference(payment),
                    d.VerificationUrl,
                    treasurerName,
                    Language: DocumentLanguage.For(customer.Language, customer.Domicile)),
                d.Letterhead),
            request.Number,
            amount,
            cancellationToken: cancellationToken);
        await SaveOrDiscardAsync(receipt, transaction, async () =>
        {
            records.Add(new Receipt(receipt.Number, request.Id, amount.Amount, now, treasurer.UserId));
            await records.SaveAsync(cancellationToken);
            await messages.SendAsync(new RecordReceiptIssued(request.Id, treasurer, receipt.Number, receipt.FileId, receipt.FileName), cancellationToken);
        }, cancellationToken);
    }

    public async Task CorrectAsync(RequestSummary request, RequestActor treasurer, string? payerName, string? institution, string? address, string siteAddress, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        var payments = await records.ForAsync(request.Id, cancellationToken);
        var current = payments.Receipt ?? throw new TransitionRefusedException("This request has no receipt to correct.");
        var customer = request.Customer!;
        var name = string.IsNullOrWhiteSpace(payerName) ? throw new TransitionRefusedException("Give the name the receipt is made out to.") : payerName.Trim();
        var (newInstitution, newAddress) = (Trimmed(institution), Trimmed(address));
        if (name == (current.PayerName ?? customer.Name) && newInstitution == (current.PayerName is null ? customer.Institution : current.PayerInstitution) && newAddress == current.PayerAddress)
        {
            throw new TransitionRefusedException("Change the name, institution or address to correct the receipt.");
        }

        var payment = payments.Payment;
        var now = clock.GetUtcNow();
        var amount = new Rupiah(current.Amount);
        var treasurerName = await TreasurerNameAsync(treasurer, cancellationToken);
        await using var transaction = await records.BeginAsync(cancellationToken);
        var corrected = await documents.IssueAsync(
            IssuedDocumentKind.Receipt,
            DocumentNumber.Yearly("KW", "receipt"),
            now,
            siteAddress,
            d => ReceiptDocument.Compose(
                new ReceiptData(d.Number, current.IssuedAt, name, newInstitution, amount, request.Number!, request.Lines.Select(l => l.ItemTitle).ToList(), Reference(payment), d.VerificationUrl, treasurerName, newAddress, current.Number, DocumentLanguage.For(request.Customer?.Language, request.Customer?.Domicile ?? Domicile.Indonesia)),
                d.Letterhead),
            request.Number,
            amount,
            cancellationToken: cancellationToken);
        await SaveOrDiscardAsync(corrected, transaction, async () =>
        {
            // The old receipt leaves force before the new one is added: one receipt in force per request.
            var replacement = current.CorrectAs(corrected.Number, name, newInstitution, newAddress, now, treasurer.UserId);
            await register.SetStatusAsync(current.Number, IssuedDocumentStatus.Replaced, corrected.Number, cancellationToken);
            await records.SaveAsync(cancellationToken);
            records.Add(replacement);
            await records.SaveAsync(cancellationToken);
            await messages.SendAsync(
                new AttachIssuedFile(request.Id, IssuedFileKind.Receipt, corrected.Number, corrected.FileId, corrected.FileName, PaymentNotifications.ReceiptCorrected, new Dictionary<string, object?>
                {
                    ["receipt"] = new Dictionary<string, object?> { ["number"] = corrected.Number, ["replaces"] = current.Number },
                }),
                cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Saves a receipt's records and its step in the transaction, or gives the composed document back: a change made
    /// by someone else at the same time is refused with what to do, anything else goes on up.
    /// </summary>
    private async Task SaveOrDiscardAsync(IssuedPdf receipt, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Func<Task> save, CancellationToken cancellationToken)
    {
        try
        {
            await save();
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await documents.DiscardAsync([receipt]);
            records.DiscardChanges();
            throw new TransitionRefusedException("Someone else changed this request at the same time. Open it again and repeat your step.");
        }
        catch
        {
            await documents.DiscardAsync([receipt]);
            throw;
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The treasurer's name as the receipt is signed.</summary>
    private async Task<string> TreasurerNameAsync(RequestActor treasurer, CancellationToken cancellationToken) =>
        await db.Set<PstUser>().Where(u => u.Id == treasurer.UserId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? "";

    /// <summary>How the receipt names the payment, in Indonesian as printed.</summary>
    private static string Reference(Payment? payment) => payment switch
    {
        null => "Tarif nol rupiah",
        { Method: PaymentMethod.BillingCode } => $"Kode billing {BillingSlipDocument.Spaced(payment.BillingCode!)}, NTPN {payment.Ntpn}, {payment.Bank}, {DocumentText.Date(payment.PaidOn)}",
        { Method: PaymentMethod.Cash } => $"Tunai kepada bendahara di loket PST, {DocumentText.Date(payment.PaidOn)}",
        _ => $"Transfer bank dari luar negeri, {DocumentText.Date(payment.PaidOn)}" + (payment.Ntb is { } reference ? $", referensi {reference}" : ""),
    };
}
