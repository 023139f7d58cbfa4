using Microsoft.EntityFrameworkCore;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Contract;

internal sealed class ListRequestsHandler(PstDbContext db) : IMessageHandler<ListRequests, IReadOnlyList<RequestSummary>>
{
    public async Task<IReadOnlyList<RequestSummary>> HandleAsync(ListRequests message, CancellationToken cancellationToken)
    {
        if (message.States is null && message.Ids is null)
        {
            throw new ArgumentException("List requests by state or by id.", nameof(message));
        }

        var query = db.Set<Request>().AsNoTracking().Where(r => r.Number != null);
        if (message.States is { } states)
        {
            query = query.Where(r => states.Contains(r.State));
        }

        if (message.Ids is { } ids)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        return (await query.ToListAsync(cancellationToken)).Select(r => RequestSummaries.Of(r, null)).ToList();
    }
}
