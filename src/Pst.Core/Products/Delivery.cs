namespace Pst.Core.Products;

/// <summary>Where a product type puts the files it produces (the file store, behind the ordering module).</summary>
public interface IDeliveryTarget
{
    Task AddFileAsync(string fileName, string contentType, Stream content, CancellationToken cancellationToken);
}

/// <summary>What a product type gets to deliver one line.</summary>
/// <param name="BuyerName">The buyer as copied from the account at submission, printed on what is delivered.</param>
public sealed record DeliveryContext(ProductLine Line, string RequestNumber, string BuyerName, IDeliveryTarget Target);
