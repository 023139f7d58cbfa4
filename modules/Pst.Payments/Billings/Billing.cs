using Pst.Core.Kernel;

namespace Pst.Payments.Billings;

public enum BillingStatus
{
    Active,
    Paid,
    Expired,
    Cancelled,
}

/// <summary>
/// A billing code issued for a request: the amount due, valid until a moment; paid, expired (then re-issued with a
/// new code) or cancelled. At most one billing of a request is active.
/// </summary>
public sealed class Billing
{
    /// <summary>For the database.</summary>
    private Billing()
    {
        RequestNumber = "";
        Code = "";
    }

    public Billing(Guid requestId, string requestNumber, string code, Rupiah amount, DateTimeOffset issuedAt, DateTimeOffset expiresAt, BillingMode mode)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        RequestNumber = requestNumber;
        Code = code;
        Amount = amount.Amount;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        Mode = mode;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string RequestNumber { get; private set; }

    /// <summary>The 15-digit code the customer pays with.</summary>
    public string Code { get; private set; }

    /// <summary>Rupiah.</summary>
    public long Amount { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public BillingMode Mode { get; private set; }

    public BillingStatus Status { get; private set; }

    /// <summary>Where it stands at a moment: an active billing past its expiry is expired.</summary>
    public BillingStatus StatusAt(DateTimeOffset now) => Status == BillingStatus.Active && now >= ExpiresAt ? BillingStatus.Expired : Status;

    public void MarkPaid() => Status = BillingStatus.Paid;

    /// <summary>Replaced by a new billing (this one expired, or was withdrawn).</summary>
    public void Cancel()
    {
        if (Status == BillingStatus.Active)
        {
            Status = BillingStatus.Cancelled;
        }
    }
}
