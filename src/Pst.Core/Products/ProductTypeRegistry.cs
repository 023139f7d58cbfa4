using Pst.Core.Features;

namespace Pst.Core.Products;

/// <summary>
/// The product types installed, offered only while their module is enabled. A type stays installed when its module
/// is disabled, so the requests that already hold its lines are still priced, prepared and delivered.
/// </summary>
public sealed class ProductTypeRegistry(IEnumerable<IProductType> productTypes, FeatureManager features)
{
    private readonly IReadOnlyList<IProductType> _all = productTypes.ToList();

    public async Task<IReadOnlyList<IProductType>> GetOfferedAsync(CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        return _all.Where(t => enabled.Contains(t.ModuleId)).ToList();
    }

    public async Task<IProductType?> FindOfferedAsync(string productTypeId, CancellationToken cancellationToken = default) =>
        (await GetOfferedAsync(cancellationToken)).FirstOrDefault(t => t.Id == productTypeId);

    /// <summary>An installed type, whether or not its module still sells it (for lines already in a request).</summary>
    public IProductType? FindInstalled(string productTypeId) => _all.FirstOrDefault(t => t.Id == productTypeId);

    /// <summary>The installed types a module contributes.</summary>
    public IReadOnlyList<IProductType> OfModule(string moduleId) => _all.Where(t => t.ModuleId == moduleId).ToList();
}
