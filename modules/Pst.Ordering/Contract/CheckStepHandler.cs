using Pst.Core.Messaging;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class CheckStepHandler(RequestStore requests) : IMessageHandler<CheckStep, Done>
{
    public async Task<Done> HandleAsync(CheckStep message, CancellationToken cancellationToken)
    {
        var request = await requests.RequireAsync(message.RequestId, cancellationToken);
        request.Check(message.Step, message.Actor);
        return Done.Value;
    }
}
