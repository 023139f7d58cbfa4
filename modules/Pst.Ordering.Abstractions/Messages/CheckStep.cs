using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Asks, before a module does its own part of a step (a payment, a receipt), whether <paramref name="Actor"/> may take
/// <paramref name="Step"/> on the request now; refuses with the lifecycle's own reason when not, and changes nothing.
/// </summary>
public sealed record CheckStep(Guid RequestId, RequestTrigger Step, RequestActor Actor) : IMessage<Done>;
