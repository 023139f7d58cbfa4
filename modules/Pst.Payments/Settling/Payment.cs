using Pst.Core.Kernel;

namespace Pst.Payments.Settling;

public enum PaymentMethod
{
    /// <summary>Paid with a SIMPONI billing code.</summary>
    BillingCode,

    /// <summary>Paid from abroad by bank transfer, with a proof the treasurer verified.</summary>
    Transfer,

    /// <summary>Paid in cash to the treasurer at the walk-in desk (step 14a of the walk-in procedure).</summary>
    Cash,
}

/// <summary>
/// The payment of a request, confirmed by the treasurer. A request has at most one (a unique index on the request),
/// so two treasurers confirming at once produce one payment.
/// </summary>
public sealed class Payment
{
    /// <summary>For the database.</summary>
    private Payment()
    {
        ConfirmedBy = "";
    }

    public Payment(Guid requestId, PaymentMethod method, Rupiah amount, string? billingCode, string? ntpn, string? ntb, string? bank, DateOnly paidOn, string confirmedBy, DateTimeOffset confirmedAt)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        Method = method;
        Amount = amount.Amount;
        BillingCode = billingCode;
        Ntpn = ntpn;
        Ntb = ntb;
        Bank = bank;
        PaidOn = paidOn;
        ConfirmedBy = confirmedBy;
        ConfirmedAt = confirmedAt;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public PaymentMethod Method { get; private set; }

    public long Amount { get; private set; }

    public string? BillingCode { get; private set; }

    /// <summary>Nomor Transaksi Penerimaan Negara: proof the money reached the state treasury.</summary>
    public string? Ntpn { get; private set; }

    /// <summary>Nomor Transaksi Bank.</summary>
    public string? Ntb { get; private set; }

    public string? Bank { get; private set; }

    /// <summary>
    /// A transfer from abroad: what reached the office's account, as the treasurer read it on the statement (at least
    /// the amount due; more when the customer paid the charges twice). Null for the other methods.
    /// </summary>
    public long? Received { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public string ConfirmedBy { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>A transfer the treasurer verified: the amount received, the bank's reference, the day the money arrived.</summary>
    public static Payment Transfer(Guid requestId, Rupiah due, Rupiah received, string reference, DateOnly arrivedOn, string confirmedBy, DateTimeOffset confirmedAt) =>
        new(requestId, PaymentMethod.Transfer, due, null, null, reference, null, arrivedOn, confirmedBy, confirmedAt) { Received = received.Amount };
}
