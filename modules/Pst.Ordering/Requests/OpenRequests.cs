using Microsoft.EntityFrameworkCore;
using Pst.Core.Products;
using Pst.Data;
using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Requests;

/// <summary>Counts sent requests still in the procedure (not completed, rated or cancelled) by the product types of their lines.</summary>
internal sealed class OpenRequests(PstDbContext db) : IOpenRequests
{
    private static readonly RequestState[] NotOpen = [RequestState.Draft, RequestState.Completed, RequestState.Rated, RequestState.Cancelled];

    public Task<int> CountHoldingAsync(IReadOnlyCollection<string> productTypeIds, CancellationToken cancellationToken = default)
    {
        var types = productTypeIds.ToList();
        return db.Set<Request>().CountAsync(r => !NotOpen.Contains(r.State) && r.Lines.Any(l => types.Contains(l.ProductTypeId)), cancellationToken);
    }
}
