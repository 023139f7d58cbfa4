namespace Pst.Ordering.Abstractions;

/// <summary>The moments at which someone is asked to act on a request, each with its own e-mail template.</summary>
public enum NotificationEvent
{
    RequestSubmitted,
    DocumentsReturned,
    DocumentsResubmitted,
    RequestCancelled,
    OfferIssued,
    OfferCorrectionRequested,
    OfferCorrectionAnswered,
    OfferAccepted,
    PaymentRequested,
    BillingIssued,
    BillingExpiring,
    PaymentConfirmed,
    ReceiptIssued,
    ProductDelivered,
    ProductCorrectionRequested,
    RequestCompleted,
    DueSoon,
    Overdue,

    /// <summary>The customer sent the scan of the signed data-use agreement: the officer checks it.</summary>
    SignedAgreementReceived,
}
