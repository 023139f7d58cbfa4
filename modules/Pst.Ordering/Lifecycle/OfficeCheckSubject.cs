namespace Pst.Ordering.Lifecycle;

/// <summary>What the customer sent that the office has to check while the request otherwise waits on the customer.</summary>
internal enum OfficeCheckSubject
{
    /// <summary>Something about the payment the customer sent (a proof of transfer, say), to verify before the payment is settled.</summary>
    Payment,

    /// <summary>The scan of the signed data-use agreement, to accept once paid.</summary>
    SignedAgreement,
}
