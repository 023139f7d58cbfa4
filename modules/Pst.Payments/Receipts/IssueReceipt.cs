using Microsoft.EntityFrameworkCore;
using Pst.Core.Documents;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Data.Numbering;
using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
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
    RequestStore requests,
    PaymentRecords records,
    Counters counters,
    IFileStore files,
    IIssuedDocuments register,
    ISiteSettings settings,
    CustomerProfiles profiles,
    TimeProvider clock)
{
    public async Task IssueAsync(Request request, RequestActor treasurer, string siteAddress, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        request.Check(RequestTrigger.IssueReceipt, treasurer);
        var payment = (await records.ForAsync(request.Id, cancellationToken)).Payment;
        if (payment is null && !request.NothingToPay)
        {
            throw new TransitionRefusedException("The payment of this request is not confirmed.");
        }

        var customer = request.Customer!;
        var now = clock.GetUtcNow();
        var year = OfficeTime.DateOf(now).Year;
        await using var transaction = await requests.BeginAsync(cancellationToken);
        var number = $"KW-{year}-{await counters.NextAsync($"receipt/{year}", cancellationToken):D5}";
        var amount = new Rupiah(payment?.Amount ?? 0);
        var pdf = ReceiptDocument.Compose(
            new ReceiptData(
                number,
                now,
                customer.Name,
                customer.Institution,
                amount,
                request.Number!,
                request.Lines.Select(l => l.ItemTitle).ToList(),
                Reference(payment),
                DocumentText.VerificationUrl(siteAddress, number),
                (await profiles.FindAsync(treasurer.UserId, cancellationToken))?.Name ?? ""),
            OfficeLetterhead.From(await OfficeSettings.LoadAsync(settings, cancellationToken)));
        var stored = await files.SaveAsync(new MemoryStream(pdf), ".pdf", "application/pdf", cancellationToken);
        try
        {
            records.Add(new Receipt(number, request.Id, amount.Amount, now, treasurer.UserId));
            register.Register(new IssuedDocument(number, IssuedDocumentKind.Receipt, now, amount, IssuedDocumentStatus.Valid, request.Number));
            request.Issue(IssuedFileKind.Receipt, number, stored.Id, $"{number}.pdf", now);
            request.Fire(RequestTrigger.IssueReceipt, treasurer, now);
            await requests.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await files.DeleteAsync(stored.Id, CancellationToken.None);
            requests.DiscardChanges();
            throw new TransitionRefusedException("Someone else changed this request at the same time. Open it again and repeat your step.");
        }
        catch
        {
            await files.DeleteAsync(stored.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>How the receipt names the payment, in Indonesian as printed.</summary>
    private static string Reference(Payment? payment) => payment switch
    {
        null => "Tarif nol rupiah",
        { Method: PaymentMethod.BillingCode } => $"Kode billing {BillingSlipDocument.Spaced(payment.BillingCode!)}, NTPN {payment.Ntpn}, {payment.Bank}, {DocumentText.Date(payment.PaidOn)}",
        { Method: PaymentMethod.Cash } => $"Tunai kepada bendahara di loket PST, {DocumentText.Date(payment.PaidOn)}",
        _ => $"Transfer bank dari luar negeri, {DocumentText.Date(payment.PaidOn)}",
    };
}
