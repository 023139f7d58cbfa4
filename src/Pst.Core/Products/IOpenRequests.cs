namespace Pst.Core.Products;

/// <summary>
/// The requests sent and not yet finished, as the selling module knows them: the modules screen counts those that
/// hold a product module's lines before that module is switched off (they are still served; new sales stop).
/// </summary>
public interface IOpenRequests
{
    Task<int> CountHoldingAsync(IReadOnlyCollection<string> productTypeIds, CancellationToken cancellationToken = default);
}
