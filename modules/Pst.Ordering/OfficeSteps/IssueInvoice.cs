using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>The officer issues the invoice (the offer) and the customer is asked to check it.</summary>
internal sealed record IssueInvoice(Guid RequestId, RequestActor Officer, string SiteAddress) : OfficeStep(RequestId, Officer);

internal sealed class IssueInvoiceHandler(RequestStore store, IssueOffer offers) : OfficeStepHandler<IssueInvoice>(store)
{
    protected override Task TakeAsync(Request request, IssueInvoice step, CancellationToken cancellationToken) =>
        offers.IssueAsync(request, step.Officer, step.SiteAddress, cancellationToken);
}

/// <summary>
/// The officer answers the customer's correction of the invoice; a corrected name or institution issues a
/// corrected invoice.
/// </summary>
internal sealed record AnswerInvoiceCorrection(Guid RequestId, RequestActor Officer, string Answer, string? Name, string? Institution, string SiteAddress)
    : OfficeStep(RequestId, Officer);

internal sealed class AnswerInvoiceCorrectionHandler(RequestStore store, IssueOffer offers) : OfficeStepHandler<AnswerInvoiceCorrection>(store)
{
    protected override Task TakeAsync(Request request, AnswerInvoiceCorrection step, CancellationToken cancellationToken) =>
        offers.AnswerCorrectionAsync(request, step.Officer, step.Answer, step.Name, step.Institution, step.SiteAddress, cancellationToken);
}
