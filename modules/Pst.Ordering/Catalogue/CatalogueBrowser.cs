using Microsoft.Extensions.Localization;
using Pst.Core.Products;

namespace Pst.Ordering.Catalogue;

/// <summary>A catalogue entry as the public list shows it: the product type's name already localised.</summary>
internal sealed record CatalogueEntry(CatalogueItem Item, string TypeName, long? Year);

/// <summary>What a visitor filters by: words of the title, a product type, a year.</summary>
internal sealed record CatalogueFilter(string? Words, string? TypeId, int? Year)
{
    public bool Matches(CatalogueEntry entry) =>
        (TypeId is null || entry.Item.ProductTypeId == TypeId)
        && (Year is null || entry.Year == Year)
        && (Words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(w => entry.Item.Title.Contains(w, StringComparison.CurrentCultureIgnoreCase));
}

/// <summary>
/// The catalogue of the product types on offer (a disabled module's items disappear). Filtering happens in memory:
/// an office sells hundreds of titles, not millions.
/// </summary>
internal sealed class CatalogueBrowser(ICatalogueStore catalogue, ProductTypeRegistry registry, ProductTypeTexts texts)
{
    public async Task<IReadOnlyList<IProductType>> OfferedTypesAsync(CancellationToken cancellationToken = default) =>
        await registry.GetOfferedAsync(cancellationToken);

    /// <summary>Every item whose type is on offer, newest first; pages filter it with <see cref="CatalogueFilter.Matches"/>.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> OfferedAsync(CancellationToken cancellationToken = default)
    {
        var types = (await registry.GetOfferedAsync(cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        return (await catalogue.ListAsync(cancellationToken: cancellationToken))
            .Where(i => types.ContainsKey(i.ProductTypeId))
            .Select(i => new CatalogueEntry(i, TypeName(types[i.ProductTypeId]), i.GetInt64("year")))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Item.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>An item whose type is on offer, or null (a missing code and a disabled type look the same).</summary>
    public async Task<(CatalogueItem Item, IProductType Type)?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await catalogue.FindAsync(code, cancellationToken) is { } item && await registry.FindOfferedAsync(item.ProductTypeId, cancellationToken) is { } type
            ? (item, type)
            : null;

    /// <summary>
    /// The item of a line a sent request holds, while its type is installed, even when its module no longer sells it:
    /// a disabled module stops new sales, not the requests already made.
    /// </summary>
    public async Task<(CatalogueItem Item, IProductType Type)?> FindHeldAsync(string code, CancellationToken cancellationToken = default) =>
        await catalogue.FindAsync(code, cancellationToken) is { } item && registry.FindInstalled(item.ProductTypeId) is { } type
            ? (item, type)
            : null;

    /// <summary>The product type's texts (its name, its choices) in the visitor's language, from its module's resources.</summary>
    public IStringLocalizer TextsOf(IProductType type) => texts.Of(type);

    public string TypeName(IProductType type) => texts.NameOf(type);
}
