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
/// how the product is handed over (on the visitor's media, printed, or by an e-mailed download link). Sending it
/// again, the officer may upload corrected files: each takes the place of the delivered file it names, in the same
/// format and under the same name, and that line is not produced again.
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
    /// <param name="corrected">Sending again: files the officer corrected by hand, each replacing a delivered file.</param>
    public async Task DeliverAsync(Request request, RequestActor officer, RequestTrigger trigger, string? answer, DeskHandover? handover = null, IReadOnlyList<CorrectedProductFile>? corrected = null, CancellationToken cancellationToken = default)
    {
        corrected ??= [];
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
            // The files the officer corrected, and those of their lines that stay as delivered.
            var kept = await StoreCorrectedAsync(request, trigger, corrected, target, cancellationToken);
            foreach (var (line, product) in await prices.ResolveAsync(request, context, cancellationToken))
            {
                if (kept.ContainsKey(line.Number))
                {
                    continue;
                }

                target.Line = line.Number;
                await PrepareAsync(request, line.Number, new DeliveryContext(product, request.Number!, customer.Name, target), cancellationToken);
            }

            var now = clock.GetUtcNow();
            var until = now.AddDays((await DeliverySettings.LoadAsync(settings, cancellationToken)).DownloadDays);
            foreach (var line in target.Stored.GroupBy(f => f.Line))
            {
                request.IssueProducts(line.Key, line.Select(f => (f.FileId, f.Name)).Concat(kept.GetValueOrDefault(line.Key, [])), now, until);
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
    /// Stores the corrected files (each checked against the delivered file it replaces, and named as it was) and
    /// answers, per line they belong to, the delivered files of that line that stay as they are.
    /// </summary>
    private static async Task<Dictionary<int, List<(string FileId, string Name)>>> StoreCorrectedAsync(
        Request request, RequestTrigger trigger, IReadOnlyList<CorrectedProductFile> corrected, StoredDelivery target, CancellationToken cancellationToken)
    {
        var kept = new Dictionary<int, List<(string FileId, string Name)>>();
        if (corrected.Count == 0)
        {
            return kept;
        }

        if (trigger != RequestTrigger.Redeliver)
        {
            throw new TransitionRefusedException("Corrected files are sent with a correction of the product.");
        }

        var current = request.IssuedFiles.Where(f => f.Kind == IssuedFileKind.Product && !f.Replaced).ToList();
        foreach (var file in corrected)
        {
            var replaced = current.FirstOrDefault(f => f.FileId == file.Replaces) ?? throw new TransitionRefusedException("This request has no such file.");
            var header = new byte[ProductFileFormat.HeaderLength];
            var start = file.Content.Position;
            var read = await file.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (read == 0 || !ProductFileFormat.Matches(replaced.FileName, header.AsSpan(0, read)))
            {
                throw new TransitionRefusedException("The corrected file for {0} is not in the format of the file it replaces.", replaced.FileName);
            }

            file.Content.Position = start;
            target.Line = replaced.LineNumber!.Value;
            await target.AddFileAsync(replaced.FileName, "application/octet-stream", file.Content, cancellationToken);
        }

        var correctedIds = corrected.Select(c => c.Replaces).ToHashSet(StringComparer.Ordinal);
        foreach (var line in current.Where(f => correctedIds.Contains(f.FileId)).Select(f => f.LineNumber!.Value).Distinct())
        {
            kept[line] = current.Where(f => f.LineNumber == line && !correctedIds.Contains(f.FileId)).Select(f => (f.FileId, f.FileName)).ToList();
        }

        return kept;
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

/// <summary>A file the officer corrected by hand, replacing the delivered product file <see cref="Replaces"/> names; its content is seekable.</summary>
internal sealed record CorrectedProductFile(string Replaces, Stream Content);
