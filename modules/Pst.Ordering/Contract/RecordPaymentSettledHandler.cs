using Pst.Core.Messaging;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class RecordPaymentSettledHandler(RequestStore requests, TimeProvider clock) : IMessageHandler<RecordPaymentSettled, Done>
{
    public async Task<Done> HandleAsync(RecordPaymentSettled message, CancellationToken cancellationToken)
    {
        var request = await requests.RequireAsync(message.RequestId, cancellationToken);
        request.Fire(RequestTrigger.ConfirmPayment, message.Treasurer, clock.GetUtcNow());
        await requests.SaveAsync(cancellationToken);
        return Done.Value;
    }
}
