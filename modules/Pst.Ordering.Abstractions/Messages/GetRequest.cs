using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// One request (a draft too: it has no number yet). A customer <paramref name="Viewer"/> sees only their own, so
/// another customer's request answers null exactly like a missing one; staff see any, with the steps they may take.
/// Without a viewer, a module reads the request for its own purpose and no steps are offered.
/// </summary>
public sealed record GetRequest(Guid RequestId, RequestActor? Viewer = null) : IMessage<RequestSummary?>;
