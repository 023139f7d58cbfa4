using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Products;

namespace Pst.Data.Catalogue;

internal sealed class EfCatalogueStore(PstDbContext db) : ICatalogueStore
{
    public async Task<CatalogueItem?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await db.CatalogueItems.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, cancellationToken) is { } record ? ToItem(record) : null;

    public async Task<IReadOnlyList<CatalogueItem>> ListAsync(string? productTypeId = null, CancellationToken cancellationToken = default) =>
        (await db.CatalogueItems.AsNoTracking()
            .Where(i => productTypeId == null || i.ProductTypeId == productTypeId)
            .OrderBy(i => i.Title)
            .ToListAsync(cancellationToken))
        .Select(ToItem)
        .ToList();

    public async Task SetAsync(CatalogueItem item, CancellationToken cancellationToken = default)
    {
        var record = await db.CatalogueItems.FindAsync([item.Code], cancellationToken);
        if (record is null)
        {
            db.CatalogueItems.Add(record = new CatalogueItemRecord { Code = item.Code });
        }

        record.ProductTypeId = item.ProductTypeId;
        record.Title = item.Title;
        if (JsonNode.Parse(record.Attributes) is not { } stored || !JsonNode.DeepEquals(stored, item.Attributes))
        {
            record.Attributes = item.Attributes.ToJsonString();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static CatalogueItem ToItem(CatalogueItemRecord record) =>
        new(record.Code, record.ProductTypeId, record.Title, JsonNode.Parse(record.Attributes)!.AsObject());
}
