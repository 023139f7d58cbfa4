using Pst.Ordering.Requests;
using Pst.Ordering.Serving;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Serving;

/// <summary>The customer's "what next" follows the products: no agreement to sign for a publication, no sample without one.</summary>
public sealed class NextStepTextTests
{
    [Fact]
    public void Once_paid_a_request_without_an_agreement_waits_for_the_receipt_and_one_with_an_agreement_for_its_signature()
    {
        var publication = In(RequestState.PaymentSettled, needsAgreement: false);
        Assert.Equal("Next.PaymentSettled.Receipt", NextStepText.KeyFor(publication));

        var microdata = In(RequestState.PaymentSettled);
        Assert.Equal("Next.PaymentSettled", NextStepText.KeyFor(microdata));
        microdata.UploadSignedAgreement(Customer, "signed.pdf", Start);
        Assert.Equal("Next.PaymentSettled.AgreementSent", NextStepText.KeyFor(microdata));
    }

    [Fact]
    public void The_offer_names_the_agreement_and_the_sample_only_when_the_request_has_them()
    {
        Assert.Equal("Next.CustomerReview", NextStepText.KeyFor(In(RequestState.CustomerReview, needsAgreement: false)));
        var withAgreement = In(RequestState.CustomerReview);
        Assert.Equal("Next.CustomerReview.Agreement", NextStepText.KeyFor(withAgreement));
        withAgreement.Issue(IssuedFileKind.Sample, null, "s.zip", "contoh.zip", Start, 1);
        Assert.Equal("Next.CustomerReview.SampleAndAgreement", NextStepText.KeyFor(withAgreement));
    }

    [Fact]
    public void Other_states_keep_their_own_line() =>
        Assert.Equal("Next.AwaitingPayment", NextStepText.KeyFor(In(RequestState.AwaitingPayment)));
}
