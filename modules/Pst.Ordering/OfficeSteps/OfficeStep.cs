using Pst.Core.Messaging;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>
/// A step the officer takes on a request from the staff request page, one message per step. Only staff who serve
/// requests may send one (<see cref="IAuthorizedMessage"/>, checked by the mediator before the handler).
/// </summary>
internal abstract record OfficeStep(Guid RequestId, RequestActor Officer) : IMessage<Done>, IAuthorizedMessage
{
    public string Permission => OrderingPermissions.Serve;
}

/// <summary>
/// Loads the step's request, takes the step and saves. A step whose service saves inside its own transaction (an
/// invoice, a delivery) leaves nothing to save, and saving again changes nothing.
/// </summary>
internal abstract class OfficeStepHandler<TStep>(RequestStore store) : IMessageHandler<TStep, Done>
    where TStep : OfficeStep
{
    public async Task<Done> HandleAsync(TStep step, CancellationToken cancellationToken)
    {
        var request = await store.RequireAsync(step.RequestId, cancellationToken);
        await TakeAsync(request, step, cancellationToken);
        await store.SaveAsync(cancellationToken);
        return Done.Value;
    }

    protected abstract Task TakeAsync(Request request, TStep step, CancellationToken cancellationToken);
}
