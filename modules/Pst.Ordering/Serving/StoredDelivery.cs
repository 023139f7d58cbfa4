using Pst.Core.Files;
using Pst.Core.Products;

namespace Pst.Ordering.Serving;

/// <summary>
/// Where a product type puts the files it produces for a request (the product, a sample): the file store,
/// remembering which line each came from, so they can be attached to the request, or removed if the step fails.
/// </summary>
internal sealed class StoredDelivery(IFileStore files) : IDeliveryTarget
{
    /// <summary>The request line whose files are being produced.</summary>
    public int Line { get; set; }

    public List<(int Line, string FileId, string Name)> Stored { get; } = [];

    public async Task AddFileAsync(string fileName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        var stored = await files.SaveAsync(content, Path.GetExtension(fileName).ToLowerInvariant(), contentType, cancellationToken);
        Stored.Add((Line, stored.Id, Path.GetFileName(fileName)));
    }

    /// <summary>Removes what was stored (the step that produced it failed).</summary>
    public async Task DiscardAsync()
    {
        foreach (var (_, fileId, _) in Stored)
        {
            await files.DeleteAsync(fileId, CancellationToken.None);
        }
    }
}
