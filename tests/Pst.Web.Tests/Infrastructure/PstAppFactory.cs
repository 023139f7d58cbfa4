using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pst.Web.Security;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>The real site on its own fresh database (a SQLite file, or a new PostgreSQL database), torn down afterwards.</summary>
public abstract class PstAppFactory : WebApplicationFactory<Program>
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pst-web-tests-").FullName;

    public string MailDirectory => Path.Combine(Directory, "mail");

    /// <summary>The site's clock: real time, moved forward by tests that need days to pass (a billing code expiring).</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>Everything the site logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>What setup printed for the operator (the first administrator's one-time password).</summary>
    public StringWriter SetupOutput { get; } = new();

    protected abstract (string Provider, string ConnectionString) Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (provider, connectionString) = Database;
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Files:Root", Path.Combine(Directory, "files"));
        builder.UseSetting("Microdata:DataDirectory", Path.Combine(Directory, "microdata"));
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new SetupConsole(SetupOutput));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddLogging(b => b.AddFilter<CapturedLogs>(null, LogLevel.Debug));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

public sealed class SqliteAppFactory : PstAppFactory
{
    protected override (string, string) Database => ("Sqlite", $"Data Source={Path.Combine(Directory, "pst.db")};Pooling=false");
}

/// <summary>Needs <c>PST_TEST_POSTGRES</c>; without it the tests skip, unless <c>PST_REQUIRE_POSTGRES=1</c> (CI).</summary>
public sealed class PostgreSqlAppFactory : PstAppFactory
{
    private readonly string _server = RealPostgreSql.ConnectionString ?? "";
    private readonly string _database = "pst_web_" + Guid.NewGuid().ToString("N")[..8];

    public static void SkipUnlessAvailable() => RealPostgreSql.ConnectionStringOrSkip();

    protected override (string, string) Database =>
        ("PostgreSql", new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
