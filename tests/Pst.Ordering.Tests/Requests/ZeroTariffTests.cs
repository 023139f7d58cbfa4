using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Requests;

public sealed class ZeroTariffTests
{
    [Fact]
    public void Only_the_owner_asks_for_the_zero_tariff_and_only_while_drafting()
    {
        var draft = NewDraft();
        Assert.Throws<TransitionRefusedException>(() => draft.ClaimZeroTariff(OtherCustomer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience, Details));
        draft.ClaimZeroTariff(Customer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience, Details);
        Assert.Equal(ZeroTariffDecision.Pending, draft.ZeroTariff!.Decision);

        var submitted = In(RequestState.Submitted);
        Assert.Throws<TransitionRefusedException>(() => submitted.ClaimZeroTariff(Customer, ZeroTariffCategory.RegionalGovernment, ZeroTariffPurpose.GovernmentDuty, Details));
        Assert.Null(submitted.ZeroTariff);
    }

    [Fact]
    public void A_refused_zero_tariff_needs_a_reason_and_the_request_goes_on_at_the_tariff()
    {
        var request = SubmittedWithClaim();

        Assert.Equal("Please give a reason.", Assert.Throws<TransitionRefusedException>(() => request.DecideZeroTariff(Officer, approve: false, " ")).MessageKey);
        Assert.Throws<TransitionRefusedException>(() => request.DecideZeroTariff(Customer, approve: true));
        request.DecideZeroTariff(Officer, approve: false, "Keperluan komersial");

        Assert.Equal((ZeroTariffDecision.Refused, "Keperluan komersial"), (request.ZeroTariff!.Decision, request.ZeroTariff.RefusalReason));
        Assert.False(request.NothingToPay);
        request.AcceptDocument(Officer, Abstract);
        foreach (var (trigger, actor) in new[] { (RequestTrigger.CompleteRequirements, Officer), (RequestTrigger.IssueOffer, Officer), (RequestTrigger.AcceptOffer, Customer), (RequestTrigger.MarkProductReady, Officer) })
        {
            request.Fire(trigger, actor, Start);
        }

        Assert.Equal(RequestState.AwaitingPayment, request.State);
    }

    [Fact]
    public void A_claim_the_profile_contradicts_is_refused_and_checked_again_when_the_request_is_sent()
    {
        var draft = NewDraft(needsAgreement: false);
        string Refusal(ZeroTariffCategory category, CustomerDetails customer) =>
            Assert.Throws<TransitionRefusedException>(() => draft.ClaimZeroTariff(Customer, category, ZeroTariffPurpose.ResearchAndScience, customer)).MessageKey;

        // A researcher is no government body; a profile without its institution; a university abroad.
        Assert.StartsWith("The zero tariff as {0} is for a profile of the segment {1}.", Refusal(ZeroTariffCategory.RegionalGovernment, Details), StringComparison.Ordinal);
        Assert.StartsWith("The zero tariff is asked for by an institution", Refusal(ZeroTariffCategory.DomesticEducation, Details with { Institution = " " }), StringComparison.Ordinal);
        Assert.StartsWith("The zero tariff for education is for schools and universities in Indonesia.", Refusal(ZeroTariffCategory.DomesticEducation, Details with { Domicile = Domicile.Abroad }), StringComparison.Ordinal);
        Assert.Null(draft.ZeroTariff);

        // A government body's claim fits; once the profile says private business, sending is refused and nothing changes.
        var government = Details with { Segment = CustomerSegment.Government, Institution = "Bappeda Kota Semarang" };
        draft.ClaimZeroTariff(Customer, ZeroTariffCategory.RegionalGovernment, ZeroTariffPurpose.GovernmentDuty, government);
        draft.WriteDocument(Customer, Abstract, "f", "{}");
        var refused = Assert.Throws<TransitionRefusedException>(() => draft.Submit(Customer, Start, "PST-2026-09999", government with { Segment = CustomerSegment.PrivateBusiness }));
        Assert.StartsWith("The zero tariff as {0}", refused.MessageKey, StringComparison.Ordinal);
        Assert.Equal((RequestState.Draft, null), (draft.State, draft.Number));
        draft.Submit(Customer, Start, "PST-2026-09999", government);
        Assert.Equal(RequestState.Submitted, draft.State);
    }

    [Fact]
    public void The_offer_waits_for_the_decision_on_the_zero_tariff_claim()
    {
        var request = SubmittedWithClaim();
        request.AcceptDocument(Officer, Abstract);
        request.Fire(RequestTrigger.CompleteRequirements, Officer, Start);

        Assert.DoesNotContain(RequestTrigger.IssueOffer, request.PermittedTriggers(Officer));
        var refused = Assert.Throws<TransitionRefusedException>(() => request.Check(RequestTrigger.IssueOffer, Officer));
        Assert.Equal(("This step needs first: {0}.", "the zero-tariff claim decided"), (refused.MessageKey, refused.Arguments.Single()));

        request.DecideZeroTariff(Officer, approve: false, "Keperluan komersial");
        Assert.Contains(RequestTrigger.IssueOffer, request.PermittedTriggers(Officer));
    }

    [Fact]
    public void The_officer_cannot_decide_a_zero_tariff_nobody_asked_for_nor_after_the_offer()
    {
        Assert.Equal("The customer did not ask for the zero tariff.", Assert.Throws<TransitionRefusedException>(() => In(RequestState.Submitted).DecideZeroTariff(Officer, approve: true)).MessageKey);
        Assert.Throws<TransitionRefusedException>(() => In(RequestState.CustomerReview).DecideZeroTariff(Officer, approve: true));
    }

    /// <summary>A researcher's request sent with a claim for the zero tariff for education, undecided.</summary>
    private static Request SubmittedWithClaim()
    {
        var request = NewDraft(needsAgreement: false);
        request.ClaimZeroTariff(Customer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience, Details);
        request.WriteDocument(Customer, Abstract, "f", "{}");
        request.Act(RequestTrigger.Submit, Customer, Start);
        return request;
    }
}
