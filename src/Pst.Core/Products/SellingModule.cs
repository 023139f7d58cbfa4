namespace Pst.Core.Products;

/// <summary>
/// The module that sells the product types (requests, offers, delivery). A product module declares it as a
/// dependency: none of its products can be bought without it.
/// </summary>
public static class SellingModule
{
    public const string Id = "Pst.Ordering";
}
