using Microsoft.EntityFrameworkCore;
using NetTopologySuite.IO;
using Pst.Data;

namespace Pst.Products.Maps.Boundaries;

/// <summary>The stored editions and the areas of the latest, read back as a <see cref="BoundarySet"/>.</summary>
public sealed class BoundaryStore(PstDbContext db)
{
    public Task<BoundaryEdition?> CurrentAsync(CancellationToken cancellationToken = default) =>
        db.Set<BoundaryEdition>().AsNoTracking().OrderByDescending(e => e.ImportedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Makes the stored areas exactly the set's and records the edition. Runs inside the recipe's transaction, so a failure keeps the earlier edition whole.</summary>
    public async Task ReplaceAsync(BoundarySet set, BoundaryEdition edition, CancellationToken cancellationToken = default)
    {
        await db.Set<StoredArea>().ExecuteDeleteAsync(cancellationToken);
        var writer = new WKBWriter();
        foreach (var layer in set.Layers)
        {
            db.Set<StoredArea>().AddRange(layer.Areas.Select(a => new StoredArea
            {
                Level = a.Level,
                Code = a.Code,
                Name = a.Name,
                ParentCode = a.ParentCode,
                KemendagriCode = a.KemendagriCode,
                BpsName = a.BpsName,
                Kind = a.Kind,
                Boundary = writer.Write(a.Geometry),
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        db.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The stored areas as a checked, indexed set.</summary>
    public async Task<BoundarySet> LoadAsync(CancellationToken cancellationToken = default)
    {
        var reader = new WKBReader();
        var areas = new List<WorkArea>();
        await foreach (var stored in db.Set<StoredArea>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            areas.Add(new WorkArea(stored.Code, stored.Name, stored.Level, stored.ParentCode, stored.KemendagriCode, stored.BpsName, stored.Kind, reader.Read(stored.Boundary)));
        }

        var layers = Enum.GetValues<BoundaryLevel>()
            .Select(level => new BoundaryLayer(level, areas.Where(a => a.Level == level).OrderBy(a => a.Code, StringComparer.Ordinal).ToList(), [], []))
            .ToList();
        var (set, faults) = BoundarySet.Of(layers);
        return set ?? throw new InvalidOperationException($"The stored boundary layers are inconsistent: {faults[0].Message}");
    }
}
