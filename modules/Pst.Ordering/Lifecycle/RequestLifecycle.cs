using Stateless;
using Stateless.Graph;

namespace Pst.Ordering.Lifecycle;

/// <summary>
/// The one definition of a request's lifecycle (DESIGN.md section 5): which trigger leads from which state to which,
/// under which condition, fired by whom, and whether the service clock runs in a state. Pages, commands and the
/// staff diagram all read it from here.
/// </summary>
internal static class RequestLifecycle
{
    private static readonly Dictionary<RequestTrigger, ActorRole[]> Actors = new()
    {
        [RequestTrigger.Submit] = [ActorRole.Customer],
        [RequestTrigger.ReturnForRevision] = [ActorRole.Officer],
        [RequestTrigger.Resubmit] = [ActorRole.Customer],
        [RequestTrigger.CompleteRequirements] = [ActorRole.Officer],
        [RequestTrigger.Cancel] = [ActorRole.Officer],
        [RequestTrigger.ReferToConsultation] = [ActorRole.Officer],
        [RequestTrigger.Withdraw] = [ActorRole.Customer],
        [RequestTrigger.IssueOffer] = [ActorRole.Officer],
        [RequestTrigger.RequestOfferCorrection] = [ActorRole.Customer],
        [RequestTrigger.AnswerOfferCorrection] = [ActorRole.Officer],
        [RequestTrigger.AcceptOffer] = [ActorRole.Customer],
        [RequestTrigger.MarkProductReady] = [ActorRole.Officer],
        [RequestTrigger.ConfirmPayment] = [ActorRole.Treasurer],
        [RequestTrigger.ReceiveSignedAgreement] = [ActorRole.Officer],
        [RequestTrigger.IssueReceipt] = [ActorRole.Treasurer],
        [RequestTrigger.Deliver] = [ActorRole.Officer],
        [RequestTrigger.RequestProductCorrection] = [ActorRole.Customer],
        [RequestTrigger.Redeliver] = [ActorRole.Officer],
        [RequestTrigger.AcceptProduct] = [ActorRole.Customer],
        [RequestTrigger.Rate] = [ActorRole.Customer],
    };

    /// <summary>
    /// At the walk-in desk the visitor does not use the site: the officer records what the visitor does and says
    /// (sends the request, checks the offer, checks the product), so these customer steps are the officer's too on a
    /// walk-in request. The rating stays the visitor's own, given on the tablet tied to their ticket.
    /// </summary>
    private static readonly HashSet<RequestTrigger> RecordedAtDesk =
    [
        RequestTrigger.Submit,
        RequestTrigger.Resubmit,
        RequestTrigger.Withdraw,
        RequestTrigger.RequestOfferCorrection,
        RequestTrigger.AcceptOffer,
        RequestTrigger.RequestProductCorrection,
        RequestTrigger.AcceptProduct,
    ];

    /// <summary>Triggers that must carry a reason, shown to the customer on the timeline.</summary>
    private static readonly HashSet<RequestTrigger> NeedReason =
    [
        RequestTrigger.ReturnForRevision,
        RequestTrigger.Cancel,
        RequestTrigger.ReferToConsultation,
        RequestTrigger.RequestOfferCorrection,
        RequestTrigger.AnswerOfferCorrection,
        RequestTrigger.RequestProductCorrection,
    ];

    /// <summary>
    /// The states in which the office is always the one to act, so the 10-working-day clock runs. It starts at
    /// <see cref="RequestState.RequirementsComplete"/>; while the customer has to act (check the offer, pay, send
    /// the signed agreement, check the product) it pauses; it stops at delivery. Two states are shared: see
    /// <see cref="OfficeActs"/>.
    /// </summary>
    private static readonly HashSet<RequestState> ClockRunning =
    [
        RequestState.RequirementsComplete,
        RequestState.OfferCorrectionRequested,
        RequestState.InPreparation,
        RequestState.AgreementReceived,
        RequestState.ReceiptIssued,
        RequestState.ProductCorrectionRequested,
    ];

    public static IReadOnlyList<ActorRole> ActorsOf(RequestTrigger trigger) => Actors[trigger];

    /// <summary>
    /// Who fires a trigger on a request of this channel: on a walk-in request the officer records the visitor's steps,
    /// and the visitor rates through the survey of their queue ticket.
    /// </summary>
    public static IReadOnlyList<ActorRole> ActorsOf(RequestTrigger trigger, Core.Kernel.SalesChannel channel) =>
        channel != Core.Kernel.SalesChannel.WalkIn ? Actors[trigger]
        : RecordedAtDesk.Contains(trigger) ? [.. Actors[trigger], ActorRole.Officer]
        : trigger == RequestTrigger.Rate ? [.. Actors[trigger], ActorRole.Visitor]
        : Actors[trigger];

    /// <summary>A customer's step that the officer records at the walk-in desk.</summary>
    public static bool IsRecordedAtDesk(RequestTrigger trigger) => RecordedAtDesk.Contains(trigger);

    /// <summary>The customer's steps that the officer records at the walk-in desk.</summary>
    public static IReadOnlySet<RequestTrigger> DeskSteps => RecordedAtDesk;

    public static bool RequiresReason(RequestTrigger trigger) => NeedReason.Contains(trigger);

    /// <summary>
    /// Whether the office is the one to act, so the clock runs: in the office's own states; while waiting for
    /// payment, once the customer has sent something about it to verify; once paid, when there is no agreement to
    /// wait for (the receipt is to issue) or the signed scan has come in to be accepted.
    /// </summary>
    /// <param name="pending">Whether a check of this subject is open (something the customer sent waits for the office).</param>
    public static bool OfficeActs(RequestState state, bool needsAgreement, Func<OfficeCheckSubject, bool> pending) => state switch
    {
        RequestState.AwaitingPayment => pending(OfficeCheckSubject.Payment),
        RequestState.PaymentSettled => !needsAgreement || pending(OfficeCheckSubject.SignedAgreement),
        _ => ClockRunning.Contains(state),
    };

    /// <summary>The states in which the clock may run, depending on the request (for reading only the requests that can be due).</summary>
    public static bool ClockMayRunIn(RequestState state) => OfficeActs(state, needsAgreement: false, _ => true);

    /// <summary>The states in which the clock runs whatever the request: the office's own.</summary>
    public static bool ClockAlwaysRunsIn(RequestState state) => ClockRunning.Contains(state);

    /// <summary>The state machine of one request, reading and writing its state through the accessor and mutator.</summary>
    public static StateMachine<RequestState, RequestTrigger> For(ILifecycleFacts facts, Func<RequestState> state, Action<RequestState> setState)
    {
        var machine = new StateMachine<RequestState, RequestTrigger>(state, setState);
        Configure(machine, facts);
        return machine;
    }

    /// <summary>The lifecycle drawn in DOT (Graphviz), from the machine itself, for the staff page.</summary>
    public static string DotGraph() => UmlDotGraph.Format(Unbound().GetInfo());

    /// <summary>The machine's own description of states and transitions (with guard names), for drawing it.</summary>
    public static Stateless.Reflection.StateMachineInfo Describe() => Unbound().GetInfo();

    private static StateMachine<RequestState, RequestTrigger> Unbound()
    {
        var machine = new StateMachine<RequestState, RequestTrigger>(RequestState.Draft);
        Configure(machine, new NoFacts());
        return machine;
    }

    private static void Configure(StateMachine<RequestState, RequestTrigger> machine, ILifecycleFacts facts)
    {
        machine.Configure(RequestState.Draft)
            .PermitIf(RequestTrigger.Submit, RequestState.Submitted, () => facts.HasLines && facts.AllDocumentsUploaded, "at least one product, and all required documents uploaded")
            .Permit(RequestTrigger.Withdraw, RequestState.Cancelled);

        machine.Configure(RequestState.Submitted)
            .PermitIf(RequestTrigger.ReturnForRevision, RequestState.RevisionRequested, () => facts.AnyDocumentRejected, "a document rejected")
            .PermitIf(RequestTrigger.CompleteRequirements, RequestState.RequirementsComplete, () => facts.AllDocumentsAccepted, "every document accepted")
            .Permit(RequestTrigger.Cancel, RequestState.Cancelled)
            .PermitIf(RequestTrigger.ReferToConsultation, RequestState.Cancelled, () => facts.AtDesk, "a walk-in request whose abstract does not match")
            .Permit(RequestTrigger.Withdraw, RequestState.Cancelled);

        machine.Configure(RequestState.RevisionRequested)
            .PermitIf(RequestTrigger.Resubmit, RequestState.Submitted, () => facts.AllDocumentsUploaded && !facts.AnyDocumentRejected, "rejected documents uploaded again")
            .Permit(RequestTrigger.Withdraw, RequestState.Cancelled);

        // The invoice waits for the zero-tariff decision: billing a customer whose claim may yet be granted is wrong.
        machine.Configure(RequestState.RequirementsComplete)
            .PermitIf(RequestTrigger.IssueOffer, RequestState.CustomerReview, () => !facts.ZeroTariffUndecided, "the zero-tariff claim decided");

        machine.Configure(RequestState.CustomerReview)
            .Permit(RequestTrigger.RequestOfferCorrection, RequestState.OfferCorrectionRequested)
            .Permit(RequestTrigger.AcceptOffer, RequestState.InPreparation)
            .Permit(RequestTrigger.Withdraw, RequestState.Cancelled);

        machine.Configure(RequestState.OfferCorrectionRequested)
            .Permit(RequestTrigger.AnswerOfferCorrection, RequestState.CustomerReview);

        machine.Configure(RequestState.InPreparation)
            .PermitIf(RequestTrigger.MarkProductReady, RequestState.AwaitingPayment, () => !facts.NothingToPay, "something to pay")
            .PermitIf(RequestTrigger.MarkProductReady, RequestState.PaymentSettled, () => facts.NothingToPay, "zero tariff approved");

        machine.Configure(RequestState.AwaitingPayment)
            .Permit(RequestTrigger.ConfirmPayment, RequestState.PaymentSettled);

        machine.Configure(RequestState.PaymentSettled)
            .PermitIf(RequestTrigger.ReceiveSignedAgreement, RequestState.AgreementReceived, () => facts.NeedsAgreement && !facts.SignedAgreementOutdated, "an agreement is needed, signed in its current version")
            .PermitIf(RequestTrigger.IssueReceipt, RequestState.ReceiptIssued, () => !facts.NeedsAgreement, "no agreement needed");

        machine.Configure(RequestState.AgreementReceived)
            .Permit(RequestTrigger.IssueReceipt, RequestState.ReceiptIssued);

        machine.Configure(RequestState.ReceiptIssued)
            .Permit(RequestTrigger.Deliver, RequestState.Delivered);

        machine.Configure(RequestState.Delivered)
            .Permit(RequestTrigger.RequestProductCorrection, RequestState.ProductCorrectionRequested)
            .Permit(RequestTrigger.AcceptProduct, RequestState.Completed);

        machine.Configure(RequestState.ProductCorrectionRequested)
            .Permit(RequestTrigger.Redeliver, RequestState.Delivered);

        machine.Configure(RequestState.Completed)
            .Permit(RequestTrigger.Rate, RequestState.Rated);
    }

    /// <summary>Facts for drawing only: the graph shows every guarded branch whatever the answers.</summary>
    private sealed class NoFacts : ILifecycleFacts
    {
        public bool HasLines => true;

        public bool AllDocumentsUploaded => true;

        public bool AllDocumentsAccepted => true;

        public bool AnyDocumentRejected => true;

        public bool NeedsAgreement => true;

        public bool SignedAgreementOutdated => false;

        public bool NothingToPay => false;

        public bool ZeroTariffUndecided => false;

        public bool AtDesk => true;
    }
}
