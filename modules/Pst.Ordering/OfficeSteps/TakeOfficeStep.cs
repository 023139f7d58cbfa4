using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>
/// One of the lifecycle's plain steps, with no more to it than the trigger and a reason: the office's own (return
/// for revision, cancel, product ready, …) and the visitor's answers the officer records at the desk.
/// </summary>
internal sealed record TakeOfficeStep(Guid RequestId, RequestActor Officer, RequestTrigger Trigger, string? Reason) : OfficeStep(RequestId, Officer)
{
    /// <summary>
    /// The plain steps. Sending has its own step (<see cref="SendDeskRequest"/>, which numbers the request), as have
    /// the invoice and the delivery.
    /// </summary>
    public static readonly IReadOnlySet<RequestTrigger> Plain = new HashSet<RequestTrigger>(
    [
        RequestTrigger.ReturnForRevision,
        RequestTrigger.CompleteRequirements,
        RequestTrigger.Cancel,
        RequestTrigger.ReferToConsultation,
        RequestTrigger.MarkProductReady,
        RequestTrigger.ReceiveSignedAgreement,
        .. RequestLifecycle.DeskSteps.Where(t => t != RequestTrigger.Submit),
    ]);
}

internal sealed class TakeOfficeStepHandler(RequestStore store, TimeProvider clock) : OfficeStepHandler<TakeOfficeStep>(store)
{
    protected override Task TakeAsync(Request request, TakeOfficeStep step, CancellationToken cancellationToken)
    {
        if (!TakeOfficeStep.Plain.Contains(step.Trigger))
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }

        request.Fire(step.Trigger, step.Officer, clock.GetUtcNow(), step.Reason);
        return Task.CompletedTask;
    }
}
