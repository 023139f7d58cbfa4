using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// The satisfaction survey of a walk-in visit was answered: the visit's completed request is rated with the ticket
/// as the one who answered (the timeline says so), not in the customer's name. A request not completed, or already
/// rated, is left as it is.
/// </summary>
public sealed record RateRequest(Guid RequestId, Guid TicketId, DateTimeOffset AnsweredAt) : IMessage<Done>;
