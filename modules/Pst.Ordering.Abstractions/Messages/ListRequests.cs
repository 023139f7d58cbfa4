using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Numbered requests, for staff lists and reports: those in one of <paramref name="States"/>, or those with one of
/// <paramref name="Ids"/> (either may be null, not both). Read without a viewer: no steps are offered.
/// </summary>
public sealed record ListRequests(IReadOnlyCollection<RequestState>? States = null, IReadOnlyCollection<Guid>? Ids = null) : IMessage<IReadOnlyList<RequestSummary>>;
