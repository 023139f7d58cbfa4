using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;
using Pst.Payments.Billings;

namespace Pst.Payments;

/// <summary>What a payment page shows of a request: the amount due, how it is paid, the records so far, the steps open now.</summary>
public sealed record PaymentView(
    Request Request,
    Rupiah Due,
    RequestPayments Records,
    BillingStatus? CurrentBillingStatus,
    PaymentSettings Settings,
    IReadOnlyList<RequestTrigger> Actions)
{
    /// <summary>A customer abroad pays online by bank transfer with a proof; everyone else with a billing code.</summary>
    public bool PaysByTransfer => Request.Channel == SalesChannel.Online && Request.Customer?.Domicile == Domicile.Abroad;

    /// <summary>A walk-in visitor may also pay the treasurer in cash at the desk.</summary>
    public bool TakesCash => Request.Channel == SalesChannel.WalkIn && Actions.Contains(RequestTrigger.ConfirmPayment);

    /// <summary>A billing code may be issued now: waiting for payment, no code that can still be paid.</summary>
    public bool CanIssueBilling => Request.State == RequestState.AwaitingPayment && !PaysByTransfer && CurrentBillingStatus is null or BillingStatus.Expired;
}

/// <summary>Builds a <see cref="PaymentView"/>.</summary>
public sealed class ReadPayments(PaymentRecords records, PriceRequest prices, Pst.Core.Settings.ISiteSettings settings, TimeProvider clock)
{
    public async Task<PaymentView> ForAsync(Request request, RequestActor viewer, CancellationToken cancellationToken = default)
    {
        var payments = await records.ForAsync(request.Id, cancellationToken);
        var due = (await prices.QuoteAsync(request, request.Customer!, cancellationToken)).Due;
        return new PaymentView(
            request,
            due,
            payments,
            payments.CurrentBilling?.StatusAt(clock.GetUtcNow()),
            await PaymentSettings.LoadAsync(settings, cancellationToken),
            request.PermittedTriggers(viewer));
    }
}
