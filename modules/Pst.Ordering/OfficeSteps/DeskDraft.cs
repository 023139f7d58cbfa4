using Pst.Ordering.Drafting;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>The officer takes a product out of a walk-in request being put together with the visitor.</summary>
internal sealed record RemoveDeskLine(Guid RequestId, RequestActor Officer, int Line) : OfficeStep(RequestId, Officer);

internal sealed class RemoveDeskLineHandler(RequestStore store, DraftRequests drafts) : OfficeStepHandler<RemoveDeskLine>(store)
{
    protected override Task TakeAsync(Request request, RemoveDeskLine step, CancellationToken cancellationToken) =>
        drafts.RemoveLineAsync(step.Officer, request.Id, step.Line, cancellationToken);
}

/// <summary>The officer sends the walk-in request for the visitor: it gets its number, then the documents are checked.</summary>
internal sealed record SendDeskRequest(Guid RequestId, RequestActor Officer) : OfficeStep(RequestId, Officer);

internal sealed class SendDeskRequestHandler(RequestStore store, SubmitRequest submission) : OfficeStepHandler<SendDeskRequest>(store)
{
    protected override Task TakeAsync(Request request, SendDeskRequest step, CancellationToken cancellationToken) =>
        submission.SubmitAsync(request, step.Officer, cancellationToken);
}
