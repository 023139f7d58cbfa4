using Pst.Core.Settings;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// The customer asks for new download links after a product's window closed: the files in force get another
/// window of the configured days (<see cref="DeliverySettings.DownloadDays"/>), also once the request is completed.
/// </summary>
internal sealed class RenewDownloadLinks(RequestStore store, ISiteSettings settings, TimeProvider clock)
{
    public async Task RenewAsync(Request request, RequestActor customer, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        request.RenewDownloads(customer, now, now.AddDays((await DeliverySettings.LoadAsync(settings, cancellationToken)).DownloadDays));
        await store.SaveAsync(cancellationToken);
    }
}
