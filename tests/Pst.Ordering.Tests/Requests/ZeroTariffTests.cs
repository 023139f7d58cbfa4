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
        Assert.Throws<TransitionRefusedException>(() => draft.ClaimZeroTariff(OtherCustomer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience));
        draft.ClaimZeroTariff(Customer, ZeroTariffCategory.DomesticEducation, ZeroTariffPurpose.ResearchAndScience);
        Assert.Equal(ZeroTariffDecision.Pending, draft.ZeroTariff!.Decision);

        var submitted = In(RequestState.Submitted);
        Assert.Throws<TransitionRefusedException>(() => submitted.ClaimZeroTariff(Customer, ZeroTariffCategory.RegionalGovernment, ZeroTariffPurpose.GovernmentDuty));
        Assert.Null(submitted.ZeroTariff);
    }

    [Fact]
    public void A_refused_zero_tariff_needs_a_reason_and_the_request_goes_on_at_the_tariff()
    {
        var request = NewDraft(needsAgreement: false);
        request.ClaimZeroTariff(Customer, ZeroTariffCategory.InternationalInstitution, ZeroTariffPurpose.ResearchAndScience);
        request.WriteDocument(Customer, Abstract, "f", "{}");
        request.Act(RequestTrigger.Submit, Customer, Start);

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
    public void The_officer_cannot_decide_a_zero_tariff_nobody_asked_for_nor_after_the_offer()
    {
        Assert.Equal("The customer did not ask for the zero tariff.", Assert.Throws<TransitionRefusedException>(() => In(RequestState.Submitted).DecideZeroTariff(Officer, approve: true)).MessageKey);
        Assert.Throws<TransitionRefusedException>(() => In(RequestState.CustomerReview).DecideZeroTariff(Officer, approve: true));
    }
}
