using Pst.Ordering.Drafting;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>A scan of a document the visitor handed in at the desk, kept with the request.</summary>
internal sealed record ScanDocument(Guid RequestId, RequestActor Officer, string Code, Stream Content, long Length) : OfficeStep(RequestId, Officer);

internal sealed class ScanDocumentHandler(RequestStore store, UploadRequirement uploads) : OfficeStepHandler<ScanDocument>(store)
{
    protected override async Task TakeAsync(Request request, ScanDocument step, CancellationToken cancellationToken)
    {
        if (await uploads.UploadAsync(request, step.Officer, step.Code, step.Content, step.Length, cancellationToken) is { } refusal)
        {
            throw new TransitionRefusedException(refusal.MessageKey, refusal.Arguments);
        }
    }
}
