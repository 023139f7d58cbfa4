namespace Pst.Payments.Receipts;

/// <summary>
/// The receipt (kuitansi) the treasurer issues once payment is settled (step 14). A request has one receipt in force
/// (a unique index on the request among those not replaced), so issuing it twice at once gives one receipt. A
/// correction (the payer's name, institution or address) replaces it with a new number and keeps the date the money
/// was received, so the revenue counts it once, in its month.
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

    /// <summary>When the money was receipted; a correction keeps the date of the receipt it replaces.</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }

    /// <summary>Who the receipt is made out to, when a correction changed it; null while it is the request's customer.</summary>
    public string? PayerName { get; private set; }

    public string? PayerInstitution { get; private set; }

    public string? PayerAddress { get; private set; }

    /// <summary>The receipt this one corrects.</summary>
    public string? Replaces { get; private set; }

    /// <summary>The receipt that corrects this one: this one no longer stands.</summary>
    public string? ReplacedBy { get; private set; }

    public DateTimeOffset? CorrectedAt { get; private set; }

    /// <summary>Marks this receipt replaced and gives the one that corrects it, under <paramref name="number"/>.</summary>
    public Receipt CorrectAs(string number, string payerName, string? institution, string? address, DateTimeOffset at, string correctedBy)
    {
        ReplacedBy = number;
        return new Receipt(number, RequestId, Amount, IssuedAt, correctedBy)
        {
            PayerName = payerName,
            PayerInstitution = institution,
            PayerAddress = address,
            Replaces = Number,
            CorrectedAt = at,
        };
    }
}
