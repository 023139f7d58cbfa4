using Pst.Core.Messaging;
using Pst.Ordering.Persistence;

namespace Pst.Ordering.Contract;

/// <summary>Rates a walk-in request from its visit's survey; the timeline records the ticket as the one who answered.</summary>
internal sealed class RateRequestHandler(RequestStore requests) : IMessageHandler<RateRequest, Done>
{
    public async Task<Done> HandleAsync(RateRequest message, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(message.RequestId, cancellationToken) is { State: RequestState.Completed } request)
        {
            request.Rate(new RequestActor(TicketActorId(message.TicketId), ActorRole.Visitor), message.AnsweredAt);
            await requests.SaveAsync(cancellationToken);
        }

        return Done.Value;
    }

    /// <summary>How the timeline names a visitor who answered through their queue ticket.</summary>
    public static string TicketActorId(Guid ticketId) => $"ticket:{ticketId}";
}
