using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// The "what next" line on the customer's request page, following the request's products: only a request that
/// needs a data-use agreement speaks of signing one, and only one with a microdata sample speaks of the sample.
/// </summary>
internal static class NextStepText
{
    /// <summary>The localisation key of the line for the request as it stands.</summary>
    public static string KeyFor(Request request) => request.State switch
    {
        RequestState.CustomerReview when request.NeedsAgreement && request.Current(IssuedFileKind.Sample) is not null => "Next.CustomerReview.SampleAndAgreement",
        RequestState.CustomerReview when request.NeedsAgreement => "Next.CustomerReview.Agreement",
        RequestState.PaymentSettled when !request.NeedsAgreement => "Next.PaymentSettled.Receipt",
        RequestState.PaymentSettled when request.SignedAgreementFileId is not null && !request.SignedAgreementOutdated => "Next.PaymentSettled.AgreementSent",
        _ => "Next." + request.State,
    };
}
