using Microsoft.Extensions.Localization;
using Pst.Core.Modules;

namespace Pst.Core.Products;

/// <summary>A product type's texts (its name, its choices) in the reader's language, from its own module's resources.</summary>
public sealed class ProductTypeTexts(IEnumerable<IProductType> types, ModuleGraph graph, IStringLocalizerFactory localizers)
{
    public IStringLocalizer Of(IProductType type) =>
        localizers.Create(graph.Find(type.ModuleId)?.TextResource ?? type.GetType());

    public string NameOf(IProductType type) => Of(type)[type.DisplayName];

    /// <summary>What the type sells as prose names it, in the reader's language ("publikasi", "digital maps of statistical work areas").</summary>
    public string ProductsOf(IProductType type) => Of(type)[type.ProductsNoun];

    /// <summary>The name of a type by its id, enabled or not (a report of past requests names a switched-off type too); the id itself when no module has it.</summary>
    public string NameOf(string productTypeId) =>
        types.FirstOrDefault(t => t.Id == productTypeId) is { } type ? NameOf(type) : productTypeId;
}
