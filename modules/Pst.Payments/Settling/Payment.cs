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

    public DateOnly PaidOn { get; private set; }

    public string ConfirmedBy { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }
}
