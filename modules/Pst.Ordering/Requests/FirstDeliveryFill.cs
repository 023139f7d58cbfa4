using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pst.Core.Calendar;
using Pst.Data;

namespace Pst.Ordering.Requests;

/// <summary>
/// Gives the requests delivered before their first delivery was kept (<see cref="Request.RecordFirstDelivery"/>)
/// that record, in batches, with today's calendar. Runs once when the site starts; a request already filled is not
/// read again, so a second run finds nothing to do.
/// </summary>
internal sealed class FirstDeliveryFill(PstDbContext db, WorkingDayCalendarSource calendars)
{
    private const int Batch = 200;

    public async Task<int> FillAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.LoadAsync(cancellationToken);
        var deliveredIds =
            from r in db.Set<Request>()
            from t in r.Timeline
            where t.To == RequestState.Delivered
            select r.Id;
        var filled = 0;
        while (true)
        {
            var requests = await db.Set<Request>().Where(r => r.FirstDeliveredAt == null && deliveredIds.Contains(r.Id)).OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
            if (requests.Count == 0)
            {
                return filled;
            }

            foreach (var request in requests)
            {
                request.RecordFirstDelivery(calendar);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            filled += requests.Count;
        }
    }
}

/// <summary>Runs <see cref="FirstDeliveryFill"/> once after the site starts, beside the requests being served.</summary>
internal sealed partial class FirstDeliveryFillAtStart(IServiceScopeFactory scopes, ILogger<FirstDeliveryFillAtStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<FirstDeliveryFill>().FillAsync(stoppingToken) is > 0 and var filled)
            {
                LogFilled(logger, filled);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An officer's save of the same request wins; the next start fills what is left.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept the first delivery of {Count} requests delivered before it was recorded")]
    private static partial void LogFilled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The first deliveries of earlier requests could not all be kept; the next start tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
