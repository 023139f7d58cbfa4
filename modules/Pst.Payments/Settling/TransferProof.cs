namespace Pst.Payments.Settling;

public enum TransferProofStatus
{
    Pending,
    Verified,
    Rejected,
}

/// <summary>A customer abroad's proof of bank transfer, verified or rejected (with a reason) by the treasurer.</summary>
public sealed class TransferProof
{
    /// <summary>For the database.</summary>
    private TransferProof()
    {
        FileId = "";
    }

    public TransferProof(Guid requestId, string fileId, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        FileId = fileId;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string FileId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public TransferProofStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public void Verify() => Status = TransferProofStatus.Verified;

    public void Reject(string reason)
    {
        Status = TransferProofStatus.Rejected;
        RejectionReason = reason;
    }
}
