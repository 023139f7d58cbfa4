namespace Pst.Ordering.Lifecycle;

/// <summary>What the lifecycle's guards ask of a request.</summary>
internal interface ILifecycleFacts
{
    /// <summary>The request asks for at least one product.</summary>
    bool HasLines { get; }

    /// <summary>Every required document has been uploaded.</summary>
    bool AllDocumentsUploaded { get; }

    /// <summary>Every required document has been checked and accepted by the officer.</summary>
    bool AllDocumentsAccepted { get; }

    /// <summary>At least one document is rejected and not yet uploaded again.</summary>
    bool AnyDocumentRejected { get; }

    /// <summary>A line needs a data-use agreement (microdata, maps).</summary>
    bool NeedsAgreement { get; }

    /// <summary>The signed scan sent is of an agreement since replaced.</summary>
    bool SignedAgreementOutdated { get; }

    /// <summary>Nothing is due: the zero tariff was approved, so payment is skipped.</summary>
    bool NothingToPay { get; }

    /// <summary>The customer claims the zero tariff and the officer has not approved or refused it yet.</summary>
    bool ZeroTariffUndecided { get; }

    /// <summary>
    /// A walk-in request: when the abstract does not match the data asked, the visitor is referred to statistical
    /// consultation there and then, where online the request is cancelled and a new one may be made.
    /// </summary>
    bool AtDesk { get; }
}
