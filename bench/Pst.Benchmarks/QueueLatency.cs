using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Pst.WalkIn.Display;
using Pst.WalkIn.Queue;

namespace Pst.Benchmarks;

/// <summary>
/// Latency of the walk-in queue, reported as percentiles and as ratios to a baseline in the same run:
/// ticket issuing with 50 kiosks at once against one kiosk alone (SQLite, and PostgreSQL when
/// <c>PST_TEST_POSTGRES</c> is set), and the time from a counter's call to a display board hearing it.
/// <c>dotnet run -c Release --project bench/Pst.Benchmarks -- queue-latency</c>
/// </summary>
internal static class QueueLatency
{
    private const int Rounds = 20;
    private const int Kiosks = 50;

    public static async Task RunAsync()
    {
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| database | kiosks at once | p50 | p99 | p99 ratio to one kiosk |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        await IssuingAsync(postgreSql: false);
        if (Environment.GetEnvironmentVariable("PST_TEST_POSTGRES") is not null)
        {
            await IssuingAsync(postgreSql: true);
        }

        await CallToDisplayAsync();
    }

    private static async Task IssuingAsync(bool postgreSql)
    {
        using var site = new Site(postgreSql);
        var name = postgreSql ? "PostgreSQL" : "SQLite";
        await IssueRoundsAsync(site, 1, 5); // warm-up
        var one = await IssueRoundsAsync(site, 1, Rounds * 5);
        var many = await IssueRoundsAsync(site, Kiosks, Rounds);
        var baseline = Percentile(one, 99);
        Console.WriteLine($"| {name} | 1 (baseline) | {Percentile(one, 50):0.0} ms | {baseline:0.0} ms | 1.00 |");
        Console.WriteLine($"| {name} | {Kiosks} | {Percentile(many, 50):0.0} ms | {Percentile(many, 99):0.0} ms | {Percentile(many, 99) / baseline:0.00} |");
    }

    /// <summary>Issues <paramref name="kiosks"/> tickets at once, <paramref name="rounds"/> times; returns each ticket's latency in ms.</summary>
    private static async Task<List<double>> IssueRoundsAsync(Site site, int kiosks, int rounds)
    {
        var latencies = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var times = await Task.WhenAll(Enumerable.Range(0, kiosks).Select(_ => Task.Run(async () =>
            {
                await using var scope = site.Services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<IssueTicket>().IssueAsync("penjualan");
                return watch.Elapsed.TotalMilliseconds;
            })));
            latencies.AddRange(times);
        }

        return latencies;
    }

    private static async Task CallToDisplayAsync()
    {
        using var site = new Site();
        await using var board = new HubConnectionBuilder()
            .WithUrl(new Uri(site.Server.BaseAddress, QueueHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => site.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var heard = new TaskCompletionSource();
        board.On<CallAnnouncement>(QueueHub.Called, _ => heard.TrySetResult());
        await board.StartAsync();

        var samples = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            await using var scope = site.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IssueTicket>().IssueAsync("penjualan");
            heard = new TaskCompletionSource();
            var watch = Stopwatch.StartNew();
            var ticket = await scope.ServiceProvider.GetRequiredService<QueueDesk>().CallNextAsync("loket-1");
            await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
            samples.Add(watch.Elapsed.TotalMilliseconds);
            await scope.ServiceProvider.GetRequiredService<QueueDesk>().ActAsync(ticket!.Id, "loket-1", (t, at) => t.MarkNoShow(at));
        }

        Console.WriteLine();
        Console.WriteLine("| call to display (SignalR, long polling, in process) | p50 | p99 |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| 40 calls at loket-1 | {Percentile(samples.Skip(5).ToList(), 50):0.0} ms | {Percentile(samples.Skip(5).ToList(), 99):0.0} ms |");
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count), 1, sorted.Count) - 1];
    }
}
