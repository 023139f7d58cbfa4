using Pst.Ordering.Abstractions;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Lifecycle;

public sealed class RequestLifecycleTests
{
    public static TheoryData<RequestState> AllStates() => new(Enum.GetValues<RequestState>());

    /// <summary>Every transition of the lifecycle: from each state, each trigger permitted there, to the state the procedure names.</summary>
    public static TheoryData<RequestState, RequestTrigger, RequestState> Allowed() => new()
    {
        { RequestState.Draft, RequestTrigger.Submit, RequestState.Submitted },
        { RequestState.Draft, RequestTrigger.Withdraw, RequestState.Cancelled },
        { RequestState.Submitted, RequestTrigger.CompleteRequirements, RequestState.RequirementsComplete },
        { RequestState.Submitted, RequestTrigger.ReturnForRevision, RequestState.RevisionRequested },
        { RequestState.Submitted, RequestTrigger.Cancel, RequestState.Cancelled },
        { RequestState.Submitted, RequestTrigger.Withdraw, RequestState.Cancelled },
        { RequestState.RevisionRequested, RequestTrigger.Resubmit, RequestState.Submitted },
        { RequestState.RevisionRequested, RequestTrigger.Withdraw, RequestState.Cancelled },
        { RequestState.RequirementsComplete, RequestTrigger.IssueOffer, RequestState.CustomerReview },
        { RequestState.CustomerReview, RequestTrigger.RequestOfferCorrection, RequestState.OfferCorrectionRequested },
        { RequestState.CustomerReview, RequestTrigger.AcceptOffer, RequestState.InPreparation },
        { RequestState.CustomerReview, RequestTrigger.Withdraw, RequestState.Cancelled },
        { RequestState.OfferCorrectionRequested, RequestTrigger.AnswerOfferCorrection, RequestState.CustomerReview },
        { RequestState.InPreparation, RequestTrigger.MarkProductReady, RequestState.AwaitingPayment },
        { RequestState.AwaitingPayment, RequestTrigger.ConfirmPayment, RequestState.PaymentSettled },
        { RequestState.PaymentSettled, RequestTrigger.ReceiveSignedAgreement, RequestState.AgreementReceived },
        { RequestState.AgreementReceived, RequestTrigger.IssueReceipt, RequestState.ReceiptIssued },
        { RequestState.ReceiptIssued, RequestTrigger.Deliver, RequestState.Delivered },
        { RequestState.Delivered, RequestTrigger.RequestProductCorrection, RequestState.ProductCorrectionRequested },
        { RequestState.Delivered, RequestTrigger.AcceptProduct, RequestState.Completed },
        { RequestState.ProductCorrectionRequested, RequestTrigger.Redeliver, RequestState.Delivered },
        { RequestState.Completed, RequestTrigger.Rate, RequestState.Rated },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_allowed_transition_leads_where_the_procedure_says_and_is_recorded(RequestState from, RequestTrigger trigger, RequestState to)
    {
        var request = In(from);
        PrepareGuards(request, trigger);
        var actor = ActorFor(trigger);
        var at = Start.AddHours(3);

        request.Act(trigger, actor, at, "alasan");

        Assert.Equal(to, request.State);
        var entry = request.Timeline[^1];
        var reason = trigger == RequestTrigger.Submit ? null : "alasan"; // sending a draft carries no reason
        Assert.Equal((at, actor.UserId, actor.Role, trigger, from, to, reason), (entry.At, entry.ActorId, entry.ActorRole, entry.Trigger, entry.From, entry.To, entry.Reason));
    }

    [Fact]
    public void The_list_of_allowed_transitions_is_the_whole_lifecycle()
    {
        // Each (state, trigger) the machine permits to some actor appears above, and nothing else.
        var permitted = Enum.GetValues<RequestState>()
            .SelectMany(state => new[] { Customer, Officer, Treasurer }.SelectMany(actor => PermittedOnAnyGuard(state, actor)).Select(t => (state, t)))
            .Distinct()
            .ToHashSet();
        var listed = Allowed().Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();

        Assert.Equal(listed.OrderBy(x => x.Item1).ThenBy(x => x.Item2), permitted.OrderBy(x => x.Item1).ThenBy(x => x.Item2));
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public void In_every_state_the_steps_it_does_not_allow_are_refused_and_change_nothing(RequestState state)
    {
        var request = In(state);
        var allowedHere = Allowed().Where(row => row.Data.Item1 == state).Select(row => row.Data.Item2).ToHashSet();
        var refused = Enum.GetValues<RequestTrigger>().Where(t => !allowedHere.Contains(t)).ToList();
        Assert.NotEmpty(refused);

        foreach (var trigger in refused)
        {
            var before = request.Timeline.Count;
            var error = Assert.Throws<TransitionRefusedException>(() => request.Act(trigger, ActorFor(trigger), Start, "alasan"));
            Assert.False(string.IsNullOrWhiteSpace(error.MessageKey));
            Assert.Equal((state, before), (request.State, request.Timeline.Count));
        }
    }

    [Fact]
    public void A_step_by_the_wrong_person_is_refused_and_changes_nothing()
    {
        var review = In(RequestState.CustomerReview);
        Assert.Equal("You cannot take this step on this request.", Assert.Throws<TransitionRefusedException>(() => review.Fire(RequestTrigger.AcceptOffer, Officer, Start)).MessageKey);
        Assert.Throws<TransitionRefusedException>(() => review.Fire(RequestTrigger.AcceptOffer, OtherCustomer, Start));
        Assert.Throws<TransitionRefusedException>(() => review.Fire(RequestTrigger.ConfirmPayment, Officer, Start));
        Assert.Equal(RequestState.CustomerReview, review.State);

        var submitted = In(RequestState.Submitted);
        Assert.Throws<TransitionRefusedException>(() => submitted.AcceptDocument(Customer, Abstract));
        Assert.Throws<TransitionRefusedException>(() => submitted.Fire(RequestTrigger.CompleteRequirements, Treasurer, Start));
        Assert.Equal(DocumentStatus.Uploaded, submitted.Documents.Single().Status);
    }

    [Fact]
    public void Cancelling_and_corrections_need_a_reason()
    {
        var submitted = In(RequestState.Submitted);
        Assert.Equal("Please give a reason.", Assert.Throws<TransitionRefusedException>(() => submitted.Fire(RequestTrigger.Cancel, Officer, Start, " ")).MessageKey);
        Assert.Throws<TransitionRefusedException>(() => submitted.RejectDocument(Officer, Abstract, ""));
        Assert.Equal(RequestState.Submitted, submitted.State);
    }

    [Fact]
    public void A_draft_is_sent_only_with_every_required_document_and_review_waits_for_every_decision()
    {
        var draft = NewDraft();
        var missing = Assert.Throws<TransitionRefusedException>(() => draft.Act(RequestTrigger.Submit, Customer, Start));
        Assert.Equal("This step needs first: {0}.", missing.MessageKey);
        Assert.Equal("at least one product, and all required documents uploaded", missing.Arguments.Single());

        var submitted = In(RequestState.Submitted);
        Assert.Throws<TransitionRefusedException>(() => submitted.Fire(RequestTrigger.CompleteRequirements, Officer, Start));
        Assert.Throws<TransitionRefusedException>(() => submitted.Fire(RequestTrigger.ReturnForRevision, Officer, Start, "?"));
    }

    [Fact]
    public void A_rejected_document_goes_back_to_the_customer_who_uploads_it_again()
    {
        var request = In(RequestState.RevisionRequested);
        var rejected = request.Documents.Single();
        Assert.Equal((DocumentStatus.Rejected, "Abstraksi tidak terbaca"), (rejected.Status, rejected.RejectionReason));
        Assert.Throws<TransitionRefusedException>(() => request.Fire(RequestTrigger.Resubmit, Customer, Start));

        request.WriteDocument(Customer, Abstract, "file-2", "{}");
        request.Fire(RequestTrigger.Resubmit, Customer, Start);
        request.AcceptDocument(Officer, Abstract);
        request.Fire(RequestTrigger.CompleteRequirements, Officer, Start);

        Assert.Equal((RequestState.RequirementsComplete, "file-2"), (request.State, request.Documents.Single().FileId));
    }

    [Fact]
    public void Without_an_agreement_the_receipt_follows_payment_and_a_zero_tariff_skips_payment()
    {
        var request = NewDraft(needsAgreement: false);
        request.ClaimZeroTariff(Customer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience, Details);
        request.WriteDocument(Customer, Abstract, "f", "{}");
        request.Act(RequestTrigger.Submit, Customer, Start);
        request.AcceptDocument(Officer, Abstract);
        request.DecideZeroTariff(Officer, approve: true);
        foreach (var (trigger, actor) in new[]
        {
            (RequestTrigger.CompleteRequirements, Officer), (RequestTrigger.IssueOffer, Officer), (RequestTrigger.AcceptOffer, Customer),
            (RequestTrigger.MarkProductReady, Officer),
        })
        {
            request.Act(trigger, actor, Start);
        }

        Assert.Equal(RequestState.PaymentSettled, request.State);
        Assert.Equal([RequestTrigger.IssueReceipt], request.PermittedTriggers(Treasurer));
        Assert.Empty(request.PermittedTriggers(Officer));
        request.Fire(RequestTrigger.IssueReceipt, Treasurer, Start);
        Assert.Equal(RequestState.ReceiptIssued, request.State);
    }

    [Fact]
    public void Each_person_is_offered_exactly_the_steps_they_may_take()
    {
        var review = In(RequestState.CustomerReview);
        Assert.Equal([RequestTrigger.Withdraw, RequestTrigger.RequestOfferCorrection, RequestTrigger.AcceptOffer], review.PermittedTriggers(Customer));
        Assert.Empty(review.PermittedTriggers(OtherCustomer));
        Assert.Empty(review.PermittedTriggers(Officer));
    }

    [Fact]
    public void The_lifecycle_is_drawn_from_the_machine_itself()
    {
        var dot = RequestLifecycle.DotGraph();
        foreach (var state in Enum.GetValues<RequestState>())
        {
            Assert.Contains(state.ToString(), dot, StringComparison.Ordinal);
        }

        Assert.Contains("zero tariff approved", dot, StringComparison.Ordinal);
    }

    private static RequestActor ActorFor(RequestTrigger trigger) => RequestLifecycle.ActorsOf(trigger)[0] switch
    {
        ActorRole.Customer => Customer,
        ActorRole.Officer => Officer,
        _ => Treasurer,
    };

    /// <summary>Makes the guard of <paramref name="trigger"/> hold, as the request's documents would.</summary>
    private static void PrepareGuards(Request request, RequestTrigger trigger)
    {
        switch (trigger)
        {
            case RequestTrigger.CompleteRequirements:
                request.AcceptDocument(Officer, Abstract);
                break;
            case RequestTrigger.ReturnForRevision:
                request.RejectDocument(Officer, Abstract, "tidak terbaca");
                break;
            case RequestTrigger.Submit or RequestTrigger.Resubmit:
                request.WriteDocument(Customer, Abstract, "file-2", "{}");
                break;
        }
    }

    /// <summary>The triggers permitted in a state for an actor once the guards that can be made to hold do.</summary>
    private static IEnumerable<RequestTrigger> PermittedOnAnyGuard(RequestState state, RequestActor actor)
    {
        var permitted = new HashSet<RequestTrigger>(In(state).PermittedTriggers(actor));
        foreach (var trigger in new[] { RequestTrigger.Submit, RequestTrigger.CompleteRequirements, RequestTrigger.ReturnForRevision, RequestTrigger.Resubmit })
        {
            var request = In(state);
            try
            {
                PrepareGuards(request, trigger);
            }
            catch (TransitionRefusedException)
            {
                continue;
            }

            permitted.UnionWith(request.PermittedTriggers(actor));
        }

        return permitted;
    }
}
