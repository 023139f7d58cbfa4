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
/// when two treasurers issue it at once.
/// </summary>
public sealed class IssueReceipt(
    IMessages messages,
    PaymentRecords records,
    IssueDocument documents,
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
                    treasurerName),
                d.Letterhead),
            request.Number,
            amount,
            cancellationToken: cancellationToken);
        try
        {
            records.Add(new Receipt(receipt.Number, request.Id, amount.Amount, now, treasurer.UserId));
            await records.SaveAsync(cancellationToken);
            await messages.SendAsync(new RecordReceiptIssued(request.Id, treasurer, receipt.Number, receipt.FileId, receipt.FileName), cancellationToken);
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

    /// <summary>The treasurer's name as the receipt is signed.</summary>
    private async Task<string> TreasurerNameAsync(RequestActor treasurer, CancellationToken cancellationToken) =>
        await db.Set<PstUser>().Where(u => u.Id == treasurer.UserId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? "";

    /// <summary>How the receipt names the payment, in Indonesian as printed.</summary>
    private static string Reference(Payment? payment) => payment switch
    {
        null => "Tarif nol rupiah",
        { Method: PaymentMethod.BillingCode } => $"Kode billing {BillingSlipDocument.Spaced(payment.BillingCode!)}, NTPN {payment.Ntpn}, {payment.Bank}, {DocumentText.Date(payment.PaidOn)}",
        { Method: PaymentMethod.Cash } => $"Tunai kepada bendahara di loket PST, {DocumentText.Date(payment.PaidOn)}",
        _ => $"Transfer bank dari luar negeri, {DocumentText.Date(payment.PaidOn)}",
    };
}
