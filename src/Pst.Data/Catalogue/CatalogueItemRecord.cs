namespace Pst.Data.Catalogue;

/// <summary>A catalogue item as stored (table <c>Core_CatalogueItems</c>); its type's attributes as JSON text.</summary>
public sealed class CatalogueItemRecord
{
    public string Code { get; set; } = "";

    public string ProductTypeId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Attributes { get; set; } = "{}";
}
