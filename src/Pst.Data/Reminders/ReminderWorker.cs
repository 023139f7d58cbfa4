using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pst.Data.Reminders;

/// <summary>Runs every reminder job of the modules (<see cref="IReminderJob"/>) at an interval (default 15 minutes).</summary>
public sealed partial class ReminderWorker(IServiceScopeFactory scopes, ReminderOptions options, TimeProvider clock, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var job in scope.ServiceProvider.GetServices<IReminderJob>())
                {
                    await job.SendDueAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminders could not be sent")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>A module's reminders (a request running late, a billing code expiring, a complaint's time limit), run by the <see cref="ReminderWorker"/>.</summary>
public interface IReminderJob
{
    Task<int> SendDueAsync(CancellationToken cancellationToken);
}
