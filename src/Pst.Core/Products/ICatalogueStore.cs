namespace Pst.Core.Products;

/// <summary>The stored catalogue: every item the office sells, of every product type, keyed by its code.</summary>
public interface ICatalogueStore
{
    Task<CatalogueItem?> FindAsync(string code, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CatalogueItem>> ListAsync(string? productTypeId = null, CancellationToken cancellationToken = default);

    /// <summary>Adds the item, or makes the stored one of the same code exactly this; an unchanged item is not written.</summary>
    Task SetAsync(CatalogueItem item, CancellationToken cancellationToken = default);
}
