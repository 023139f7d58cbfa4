using Microsoft.Extensions.Logging;
using Pst.Core.Calendar;
using Pst.Core.Files;
using Pst.Core.Products;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// The officer sends the product (step 15), or sends it again after a correction request (step 17): each line's
/// product type produces its files (a publication is stamped with the buyer and the request number), which are
/// stored and attached to the request for the customer to download. At the walk-in desk the officer also records
/// how the product is handed over (on the visitor's media, printed, or by an e-mailed download link).
/// </summary>
internal sealed class DeliverProduct(
    RequestStore store,
    PriceRequest prices,
    ProductLineService lines,
    IFileStore files,
    Pst.Core.Settings.ISiteSettings settings,
    WorkingDayCalendarSource calendars,
    TimeProvider clock,
    ILogger<DeliverProduct> logger)
{
    /// <param name="trigger"><see cref="RequestTrigger.Deliver"/> or <see cref="RequestTrigger.Redeliver"/> (with the officer's answer).</param>
    /// <param name="handover">At the walk-in desk: how the product is handed over (required there, not taken online).</param>
    public async Task DeliverAsync(Request request, RequestActor officer, RequestTrigger trigger, string? answer, DeskHandover? handover = null, CancellationToken cancellationToken = default)
    {
        if (trigger is not (RequestTrigger.Deliver or RequestTrigger.Redeliver))
        {
            throw new ArgumentOutOfRangeException(nameof(trigger));
        }

        request.Check(trigger, officer, answer);
        if (request.Channel == Core.Kernel.SalesChannel.WalkIn)
        {
            request.RecordHandover(officer, handover ?? throw new TransitionRefusedException("Choose how the product is handed over."));
        }

        var customer = request.Customer ?? throw new InvalidOperationException($"Request {request.Id} was submitted without customer details.");
        var context = prices.ContextOf(request, customer);
        var target = new StoredDelivery(files);
        try
        {
            foreach (var (line, product) in await prices.ResolveAsync(request, context, cancellationToken))
            {
                target.Line = line.Number;
                await PrepareAsync(request, line.Number, new DeliveryContext(product, request.Number!, customer.Name, target), cancellationToken);
            }

            var now = clock.GetUtcNow();
            var until = now.AddDays((await DeliverySettings.LoadAsync(settings, cancellationToken)).DownloadDays);
            foreach (var line in target.Stored.GroupBy(f => f.Line))
            {
                request.IssueProducts(line.Key, line.Select(f => (f.FileId, f.Name)), now, until);
            }

            request.Fire(trigger, officer, now, answer);
            request.RecordFirstDelivery(await calendars.LoadAsync(cancellationToken));
            await store.SaveAsync(cancellationToken);
        }
        catch
        {
            await target.DiscardAsync();
            throw;
        }
    }

    /// <summary>
    /// Makes one line's files. A product that cannot be made (a publication's stored file damaged, a map sheet that
    /// fails to draw) refuses the step before anything changes, with what the officer can do, rather than failing
    /// the page: the request stays as it was, paid and waiting for its product, and the step can be taken again.
    /// </summary>
    private async Task PrepareAsync(Request request, int line, DeliveryContext delivery, CancellationToken cancellationToken)
    {
        try
        {
            await lines.DeliverAsync(delivery, cancellationToken);
        }
        catch (Exception exception) when (exception is not (TransitionRefusedException or OperationCanceledException))
        {
            logger.LogError(exception, "Request {Number}: the product of line {Line} ({Item}) could not be made", request.Number, line, delivery.Line.Item.Code);
            throw new TransitionRefusedException(
                "The product of line {0} ({1}) could not be made, so nothing was delivered and the request is unchanged. Check the item's file in the catalogue, or ask the site's administrator to look at the log; then deliver again.",
                line,
                delivery.Line.Item.Title);
        }
    }
}
