using Microsoft.EntityFrameworkCore;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Contract;

internal sealed class ListRequestsHandler(PstDbContext db) : IMessageHandler<ListRequests, IReadOnlyList<RequestSummary>>
{
    public async Task<IReadOnlyList<RequestSummary>> HandleAsync(ListRequests message, CancellationToken cancellationToken)
    {
        var states = message.States;
        return (await db.Set<Request>().AsNoTracking().Where(r => r.Number != null && states.Contains(r.State)).ToListAsync(cancellationToken))
            .Select(r => RequestSummaries.Of(r, null))
            .ToList();
    }
}
