using Pst.Core.Products;

namespace Pst.Ordering.Abstractions;

/// <summary>The ordering module as other modules name it (in their manifest's dependencies).</summary>
public static class OrderingContract
{
    public const string ModuleId = SellingModule.Id;
}
