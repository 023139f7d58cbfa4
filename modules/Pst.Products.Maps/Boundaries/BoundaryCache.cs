namespace Pst.Products.Maps.Boundaries;

/// <summary>The latest edition with its areas, loaded once and indexed; loaded again when a newer edition is imported.</summary>
public sealed record LoadedBoundaries(BoundaryEdition Edition, BoundarySet Set);

/// <summary>
/// Holds the boundary set of the latest edition for the whole site (reading and indexing 9,175 areas takes a second
/// or two; a map page or a delivery should not). Each use asks the database which edition is the latest, a one-row
/// query, so an import is seen at once.
/// </summary>
public sealed class BoundaryCache
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private LoadedBoundaries? _loaded;

    /// <summary>The latest edition and its set, or null while no boundaries have been imported.</summary>
    public async Task<LoadedBoundaries?> GetAsync(BoundaryStore store, CancellationToken cancellationToken = default)
    {
        var current = await store.CurrentAsync(cancellationToken);
        if (current is null)
        {
            return null;
        }

        if (_loaded?.Edition.Id == current.Id)
        {
            return _loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded?.Edition.Id != current.Id)
            {
                _loaded = new LoadedBoundaries(current, await store.LoadAsync(cancellationToken));
            }

            return _loaded;
        }
        finally
        {
            _loading.Release();
        }
    }
}
