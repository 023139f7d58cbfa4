using Pst.Core.Messaging;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class RecordPaymentCheckHandler(RequestStore requests, TimeProvider clock) : IMessageHandler<RecordPaymentCheck, Done>
{
    public async Task<Done> HandleAsync(RecordPaymentCheck message, CancellationToken cancellationToken)
    {
        var request = await requests.RequireAsync(message.RequestId, cancellationToken);
        request.RecordPaymentCheck(message.Pending, clock.GetUtcNow());
        await requests.SaveAsync(cancellationToken);
        return Done.Value;
    }
}
