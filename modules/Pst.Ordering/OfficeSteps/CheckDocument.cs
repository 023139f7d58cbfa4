using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>The officer accepts a document the customer uploaded, or one a visitor handed in.</summary>
internal sealed record AcceptDocument(Guid RequestId, RequestActor Officer, string Code) : OfficeStep(RequestId, Officer);

internal sealed class AcceptDocumentHandler(RequestStore store) : OfficeStepHandler<AcceptDocument>(store)
{
    protected override Task TakeAsync(Request request, AcceptDocument step, CancellationToken cancellationToken)
    {
        request.AcceptDocument(step.Officer, step.Code);
        return Task.CompletedTask;
    }
}

/// <summary>The officer rejects a document, with the reason the customer reads.</summary>
internal sealed record RejectDocument(Guid RequestId, RequestActor Officer, string Code, string Reason) : OfficeStep(RequestId, Officer);

internal sealed class RejectDocumentHandler(RequestStore store) : OfficeStepHandler<RejectDocument>(store)
{
    protected override Task TakeAsync(Request request, RejectDocument step, CancellationToken cancellationToken)
    {
        request.RejectDocument(step.Officer, step.Code, step.Reason);
        return Task.CompletedTask;
    }
}

/// <summary>The visitor at the desk showed a document; no copy is kept.</summary>
internal sealed record RecordDocumentShown(Guid RequestId, RequestActor Officer, string Code) : OfficeStep(RequestId, Officer);

internal sealed class RecordDocumentShownHandler(RequestStore store) : OfficeStepHandler<RecordDocumentShown>(store)
{
    protected override Task TakeAsync(Request request, RecordDocumentShown step, CancellationToken cancellationToken)
    {
        request.RecordShownAtDesk(step.Officer, step.Code);
        return Task.CompletedTask;
    }
}
