using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pst.Data;
using Pst.Data.Providers;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Tests;

/// <summary>Ticket numbers on a real database: unique, consecutive and gapless under many kiosks at once, new each day in WIB.</summary>
public abstract class TicketNumberingTests : IAsyncLifetime
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("pst-walkin-tests-").FullName;
    private ServiceProvider _services = null!;

    /// <summary>23:58 WIB on 24 November 2026.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 16, 58, 0, TimeSpan.Zero));

    protected string Directory => _directory;

    protected abstract Task<DatabaseOptions> DatabaseAsync();

    protected virtual Task DropAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _services = ModuleServices.Build([new Pst.Ordering.OrderingModule(), new WalkInModule()], await DatabaseAsync(), _directory, s => s.AddSingleton<TimeProvider>(Clock));
        await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PstDbContext>();
            db.Add(new WalkInService("penjualan", "A", "Penjualan produk statistik", 1));
            db.Add(new WalkInService("konsultasi", "B", "Konsultasi statistik", 2));
            await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await DropAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Two_hundred_tickets_issued_at_once_get_two_hundred_consecutive_numbers()
    {
        using var start = new SemaphoreSlim(0);
        var issuing = Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            await using var scope = _services.CreateAsyncScope();
            await start.WaitAsync();
            return (await scope.ServiceProvider.GetRequiredService<IssueTicket>().IssueAsync("penjualan"))!;
        })).ToList();
        start.Release(200);
        var tickets = await Task.WhenAll(issuing);

        Assert.Equal(Enumerable.Range(1, 200), tickets.Select(t => t.Sequence).Order());
        Assert.Equal(200, tickets.Select(t => t.Number).Distinct().Count());
        Assert.Equal("A200", tickets.MaxBy(t => t.Sequence)!.Number);
    }

    [Fact]
    public async Task Numbers_start_again_at_one_on_the_next_day_in_WIB_and_are_counted_per_service()
    {
        var issue = (string service) => _services.InScopeAsync(sp => sp.GetRequiredService<IssueTicket>().IssueAsync(service)!);
        Assert.Equal(("A001", new DateOnly(2026, 11, 24)), await Number(issue("penjualan")));
        Assert.Equal(("A002", new DateOnly(2026, 11, 24)), await Number(issue("penjualan")));
        Assert.Equal(("B001", new DateOnly(2026, 11, 24)), await Number(issue("konsultasi")));

        Clock.Advance(TimeSpan.FromMinutes(3)); // 00:01 WIB on 25 November, still 24 November in UTC
        Assert.Equal(("A001", new DateOnly(2026, 11, 25)), await Number(issue("penjualan")));
        Assert.Null(await issue("tidak-ada"));
    }

    private static async Task<(string, DateOnly)> Number(Task<QueueTicket?> issuing) =>
        await issuing is { } ticket ? (ticket.Number, ticket.Day) : throw new InvalidOperationException("No ticket was issued.");
}

public sealed class SqliteTicketNumberingTests : TicketNumberingTests
{
    protected override async Task<DatabaseOptions> DatabaseAsync()
    {
        var options = await ModuleServices.MigratedSqliteAsync(Directory);
        options.ConnectionString += ";Default Timeout=60"; // 200 writers at once wait their turn
        return options;
    }
}

public sealed class PostgreSqlTicketNumberingTests : TicketNumberingTests
{
    private readonly string _database = "pst_walkin_" + Guid.NewGuid().ToString("N")[..8];

    protected override async Task<DatabaseOptions> DatabaseAsync()
    {
        RealPostgreSql.ConnectionStringOrSkip();
        var options = await ModuleServices.MigratedPostgreSqlAsync(_database, Directory);
        options.ConnectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { MaxPoolSize = 50 }.ConnectionString;
        return options;
    }

    protected override Task DropAsync() => DatabaseTemplate.DropPostgreSqlAsync(_database);
}
