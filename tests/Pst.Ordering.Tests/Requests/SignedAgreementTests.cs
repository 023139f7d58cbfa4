using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Requests;

/// <summary>
/// A signed agreement sent before the agreement was replaced (a corrected invoice brings a new one) is of the old
/// text: it is flagged and not received as it is, until the customer sends the new one signed.
/// </summary>
public sealed class SignedAgreementTests
{
    [Fact]
    public void A_scan_of_a_replaced_agreement_is_flagged_and_not_received_until_the_new_one_is_sent()
    {
        var request = In(RequestState.CustomerReview);
        request.Issue(IssuedFileKind.Agreement, "SPPD-2026-00001", "a1.pdf", "perjanjian.pdf", Start);
        request.UploadSignedAgreement(Customer, "signed-1.pdf", Start.AddHours(1));
        Assert.False(request.SignedAgreementOutdated);

        // The officer answers a correction with a new invoice and a new agreement.
        request.Issue(IssuedFileKind.Agreement, "SPPD-2026-00002", "a2.pdf", "perjanjian.pdf", Start.AddHours(2));
        Assert.True(request.SignedAgreementOutdated);
        Walk(request, RequestState.PaymentSettled);
        var refused = Assert.Throws<TransitionRefusedException>(() => request.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, Start.AddHours(3)));
        Assert.Equal(RequestState.PaymentSettled, request.State);
        Assert.Contains("signed in its current version", string.Join(" ", refused.Arguments), StringComparison.Ordinal);

        request.UploadSignedAgreement(Customer, "signed-2.pdf", Start.AddHours(4));
        Assert.False(request.SignedAgreementOutdated);
        request.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, Start.AddHours(5));
        Assert.Equal(RequestState.AgreementReceived, request.State);
    }

    /// <summary>The steps from an accepted offer to a settled payment, as the other tests take them.</summary>
    private static void Walk(Request request, RequestState to)
    {
        request.Fire(RequestTrigger.AcceptOffer, Customer, Start.AddHours(2));
        request.Fire(RequestTrigger.MarkProductReady, Officer, Start.AddHours(2));
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, Start.AddHours(2));
        Assert.Equal(to, request.State);
    }
}
