namespace Pst.Ordering.Abstractions;

/// <summary>What moves a request on. Each is one command of one kind of actor (see <see cref="RequestLifecycle"/>).</summary>
public enum RequestTrigger
{
    Submit,
    ReturnForRevision,
    Resubmit,
    CompleteRequirements,
    Cancel,
    ReferToConsultation,
    Withdraw,
    IssueOffer,
    RequestOfferCorrection,
    AnswerOfferCorrection,
    AcceptOffer,
    MarkProductReady,
    ConfirmPayment,
    ReceiveSignedAgreement,
    IssueReceipt,
    Deliver,
    RequestProductCorrection,
    Redeliver,
    AcceptProduct,
    Rate,
}

/// <summary>
/// Who fires a trigger: the customer who owns the request, staff in one of the serving roles, or a walk-in visitor
/// answering the satisfaction survey through their queue ticket (not signed in; the ticket stands for them).
/// </summary>
public enum ActorRole
{
    Customer,
    Officer,
    Treasurer,
    Visitor,
}

/// <param name="UserId">The account acting, recorded on the timeline.</param>
public sealed record RequestActor(string UserId, ActorRole Role);
