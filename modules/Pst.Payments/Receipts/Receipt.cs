namespace Pst.Payments.Receipts;

/// <summary>
/// The receipt (kuitansi) the treasurer issues once payment is settled (step 14). A request has at most one
/// (a unique index on the request), so issuing it twice at once gives one receipt.
/// </summary>
public sealed class Receipt
{
    public Receipt(string number, Guid requestId, long amount, DateTimeOffset issuedAt, string issuedBy)
    {
        Number = number;
        RequestId = requestId;
        Amount = amount;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
    }

    public string Number { get; private set; }

    public Guid RequestId { get; private set; }

    public long Amount { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }
}
