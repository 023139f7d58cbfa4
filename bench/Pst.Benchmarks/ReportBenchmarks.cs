using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Reports;
using Pst.Reports.Exports;

namespace Pst.Benchmarks;

/// <summary>
/// The supervisor's report over a year of a busy office (<see cref="BusyYear"/>), on the real site's services over a
/// SQLite file and, when <c>PST_TEST_POSTGRES</c> names a server, over PostgreSQL. Baseline: the report of December,
/// the month the seeded year ends in (about a twelfth of the data), on the same database.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly ReportPeriod December = ReportPeriod.Of(PeriodKind.Month, 2026, 12);
    private static readonly ReportPeriod Year = ReportPeriod.Of(PeriodKind.Year, 2026, 1);
    private Site _site = null!;

    public static IEnumerable<string> Providers =>
        Environment.GetEnvironmentVariable("PST_TEST_POSTGRES") is null ? ["Sqlite"] : ["Sqlite", "PostgreSql"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _site = new Site(postgreSql: Provider == "PostgreSql");
        BusyYear.SeedAsync(_site.Services).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Baseline = true, Description = "report of one month")]
    public Task<ServiceReport> Month() => ComposeAsync(December);

    [Benchmark(Description = "report of the year")]
    public Task<ServiceReport> WholeYear() => ComposeAsync(Year);

    [Benchmark(Description = "report of the year as XLSX")]
    public async Task<byte[]> WholeYearWorkbook() => ReportWorkbook.Write(await ComposeAsync(Year), "Ringkasan", [("Periode", "2026")]);

    private async Task<ServiceReport> ComposeAsync(ReportPeriod period)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComposeReport>().ForAsync(period);
    }
}

/// <summary>Seeds <see cref="BusyYear"/> once and prints how long each module's section of the year's report takes: where to look when the report is slow.</summary>
internal static class ReportSections
{
    public static async Task RunAsync(bool postgreSql)
    {
        using var site = new Site(postgreSql);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await BusyYear.SeedAsync(site.Services);
        Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F1} s");
        foreach (var period in new[] { ReportPeriod.Of(PeriodKind.Month, 2026, 12), ReportPeriod.Of(PeriodKind.Year, 2026, 1) })
        {
            for (var round = 1; round <= 2; round++)
            {
                await using var scope = site.Services.CreateAsyncScope();
                foreach (var source in scope.ServiceProvider.GetServices<Pst.Core.Reports.IServiceReport>().OrderBy(s => s.Order))
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    await source.BuildAsync(period);
                    Console.WriteLine($"{period.Key} round {round} {source.GetType().Name}: {watch.Elapsed.TotalMilliseconds:F0} ms");
                    Console.Out.Flush();
                }
            }
        }
    }
}
