namespace Pst.Ordering.Abstractions;

/// <summary>Where a request stands, following the online procedure of the service standard (steps 4–18).</summary>
public enum RequestState
{
    /// <summary>The customer is choosing products and uploading documents (steps 4–5).</summary>
    Draft,

    /// <summary>Sent; the officer checks the documents against the request (step 6).</summary>
    Submitted,

    /// <summary>A document was rejected with a reason; the customer uploads it again.</summary>
    RevisionRequested,

    /// <summary>Documents complete and accepted: the 10-working-day clock starts; the officer prepares the invoice.</summary>
    RequirementsComplete,

    /// <summary>Invoice, sample and agreement sent; the customer checks them (steps 7–8).</summary>
    CustomerReview,

    /// <summary>The customer asked for a correction of the invoice, sample or agreement (steps 8–9).</summary>
    OfferCorrectionRequested,

    /// <summary>The officer prepares the product (step 10).</summary>
    InPreparation,

    /// <summary>The customer pays by billing code, or by transfer from abroad with a proof (step 11).</summary>
    AwaitingPayment,

    /// <summary>Paid, or nothing to pay (zero tariff); waiting for the signed agreement when one is needed (step 12).</summary>
    PaymentSettled,

    /// <summary>The signed agreement is in; the treasurer issues the receipt.</summary>
    AgreementReceived,

    /// <summary>The receipt is issued (step 14); the officer sends the product.</summary>
    ReceiptIssued,

    /// <summary>The product can be downloaded; the customer checks it (steps 15–16).</summary>
    Delivered,

    /// <summary>The customer asked for a correction of the product (steps 16–17).</summary>
    ProductCorrectionRequested,

    /// <summary>Served; the customer may rate the service (step 18).</summary>
    Completed,

    /// <summary>Rated: the end of the procedure (step 19).</summary>
    Rated,

    /// <summary>Cancelled: the data-use abstract does not match the data asked, or the customer withdrew.</summary>
    Cancelled,
}
