using Pst.Core.Features;

namespace Pst.Core.Products;

/// <summary>The product types installed, offered only while their module is enabled.</summary>
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
}
