using Pst.Core.Messaging;
using Pst.Ordering.Drafting;

namespace Pst.Ordering.Contract;

internal sealed class OpenDeskRequestHandler(DraftRequests drafts) : IMessageHandler<OpenDeskRequest, Guid>
{
    public async Task<Guid> HandleAsync(OpenDeskRequest message, CancellationToken cancellationToken) =>
        (await drafts.OpenAtDeskAsync(message.Officer, message.CustomerId, cancellationToken)).Id;
}
