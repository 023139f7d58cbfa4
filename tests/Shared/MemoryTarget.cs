using Pst.Core.Products;

namespace Pst.Tests.Shared;

/// <summary>A delivery target that keeps the files a product type adds, for the test to read back.</summary>
internal sealed class MemoryTarget : IDeliveryTarget
{
    public List<(string Name, string ContentType, byte[] Content)> Files { get; } = [];

    public async Task AddFileAsync(string fileName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        Files.Add((fileName, contentType, copy.ToArray()));
    }
}
