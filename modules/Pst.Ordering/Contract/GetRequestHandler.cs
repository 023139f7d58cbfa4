using Pst.Core.Messaging;
using Pst.Ordering.Requests;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

internal sealed class GetRequestHandler(RequestStore requests) : IMessageHandler<GetRequest, RequestSummary?>
{
    public async Task<RequestSummary?> HandleAsync(GetRequest message, CancellationToken cancellationToken)
    {
        var request = message.Viewer is { Role: ActorRole.Customer } customer
            ? await requests.FindOwnAsync(message.RequestId, customer.UserId, cancellationToken)
            : await requests.FindAsync(message.RequestId, cancellationToken);
        return request is null ? null : RequestSummaries.Of(request, message.Viewer);
    }
}
