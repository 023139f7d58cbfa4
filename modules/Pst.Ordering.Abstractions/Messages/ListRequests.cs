using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Numbered requests in one of <paramref name="States"/>, for staff lists (the treasurer's). Read without a viewer: no
/// steps are offered. Reports count in the database instead (<see cref="ListInvoicedCharges"/> for revenue).
/// </summary>
public sealed record ListRequests(IReadOnlyCollection<RequestState> States) : IMessage<IReadOnlyList<RequestSummary>>;
