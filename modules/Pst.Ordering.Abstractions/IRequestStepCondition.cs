namespace Pst.Ordering.Abstractions;

/// <summary>
/// Another module's condition on a step of a request, checked when the step is saved: it refuses the step with a
/// <see cref="TransitionRefusedException"/> (its message already in the reader's language) and nothing is saved. The
/// payments module, for one, refuses to ask a customer abroad for a transfer while the office has published no
/// account to send it to.
/// </summary>
public interface IRequestStepCondition
{
    /// <param name="request">The request as the step leaves it.</param>
    Task CheckAsync(RequestSummary request, RequestTrigger step, CancellationToken cancellationToken);
}
