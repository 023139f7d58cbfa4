using Pst.Core.Kernel;
using Pst.Payments.Billings;
using Pst.Ordering.Abstractions;

namespace Pst.Payments;

/// <summary>What a payment page shows of a request: the amount due, how it is paid, the records so far, the steps open now.</summary>
/// <param name="Due">The current invoice's amount; null before the invoice is issued.</param>
public sealed record PaymentView(
    RequestSummary Request,
    Rupiah? Due,
    RequestPayments Records,
    BillingStatus? CurrentBillingStatus,
    PaymentSettings Settings,
    IReadOnlyList<RequestTrigger> Actions)
{
    /// <summary>The amount due as pages print it ("—" before the invoice).</summary>
    public string DueText => Due?.ToString() ?? "—";

    /// <summary>A customer abroad pays online by bank transfer with a proof; everyone else with a billing code.</summary>
    public bool PaysByTransfer => Request.Channel == SalesChannel.Online && Request.Customer?.Domicile == Domicile.Abroad;

    /// <summary>A walk-in visitor may also pay the treasurer in cash at the desk.</summary>
    public bool TakesCash => Request.Channel == SalesChannel.WalkIn && Actions.Contains(RequestTrigger.ConfirmPayment);

    /// <summary>A billing code may be issued now: waiting for payment, no code that can still be paid.</summary>
    public bool CanIssueBilling => Request.State == RequestState.AwaitingPayment && !PaysByTransfer && CurrentBillingStatus is null or BillingStatus.Expired;
}

/// <summary>Builds a <see cref="PaymentView"/>.</summary>
/// <remarks>The request is read for its viewer (<see cref="GetRequest"/>), so the steps offered are theirs.</remarks>
public sealed class ReadPayments(PaymentRecords records, BillingGateways gateways, Pst.Core.Settings.ISiteSettings settings, TimeProvider clock)
{
    public async Task<PaymentView> ForAsync(RequestSummary request, CancellationToken cancellationToken = default)
    {
        var payments = await records.ForAsync(request.Id, cancellationToken);
        var due = request.AmountDue;
        return new PaymentView(
            request,
            due,
            payments,
            await BillingStatusAsync(payments.CurrentBilling, cancellationToken),
            await PaymentSettings.LoadAsync(settings, cancellationToken),
            request.PermittedSteps);
    }

    /// <summary>
    /// The current billing code's status: paid as soon as SIMPONI reports it paid (when it can be asked), before the
    /// treasurer confirms, so nobody is told a code is still to come or pays twice.
    /// </summary>
    private async Task<BillingStatus?> BillingStatusAsync(Billing? billing, CancellationToken cancellationToken)
    {
        var status = billing?.StatusAt(clock.GetUtcNow());
        return status == BillingStatus.Active && (await gateways.Of(billing!.Mode).QueryAsync(billing.Code, cancellationToken))?.Status == BillingStatus.Paid
            ? BillingStatus.Paid
            : status;
    }
}
