using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>The officer opens a walk-in request at the desk on a visitor's customer account; answers its id.</summary>
public sealed record OpenDeskRequest(RequestActor Officer, string CustomerId) : IMessage<Guid>;
