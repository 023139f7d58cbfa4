using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pst.Web.Hosting;
using Pst.Web.Security;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>
/// The real site on its own database (a SQLite file, or a PostgreSQL database) and folder, torn down afterwards. The
/// database starts as a copy of the site's first start, made once per test run and provider (<see cref="SiteTemplate"/>):
/// migrated and with the default recipe applied. Starting the site then runs the rest of its first start for real
/// (the pending-migration check, the system roles, the first administrator and its one-time password).
/// </summary>
public abstract class PstAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The migrated database with the default recipe applied, and the files the recipe stored; no account yet.</summary>
    private static readonly DatabaseTemplate SiteTemplate = new("site", BuildSiteAsync);

    private string? _connectionString;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pst-web-tests-").FullName;

    public string MailDirectory => Path.Combine(Directory, "mail");

    /// <summary>The site's clock: real time, moved forward by tests that need days to pass (a billing code expiring).</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>Everything the site logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>What setup printed for the operator (the first administrator's one-time password).</summary>
    public StringWriter SetupOutput { get; } = new();

    /// <summary>A site whose database is ready; it starts on its first request (or <c>StartServer</c>).</summary>
    public static async Task<TFactory> CreateAsync<TFactory>()
        where TFactory : PstAppFactory, new()
    {
        var factory = new TFactory();
        factory._connectionString = await factory.CopyTemplateAsync(SiteTemplate);
        return factory;
    }

    protected abstract string Provider { get; }

    /// <summary>This site's configuration as command-line options, for running the site's own commands against it.</summary>
    public IReadOnlyList<string> CommandLineSettings =>
        Settings(Provider, _connectionString ?? throw new InvalidOperationException("The site has no database yet."), Directory).Select(s => $"--{s.Key}={s.Value}").ToList();

    /// <summary>This site's database, made from the template; returns its connection string.</summary>
    private protected abstract Task<string> CopyTemplateAsync(DatabaseTemplate template);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var connectionString = _connectionString ?? throw new InvalidOperationException($"Make the site with {nameof(PstAppFactory)}.{nameof(CreateAsync)}, which prepares its database.");
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings(Provider, connectionString, Directory))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new SetupConsole(SetupOutput));
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddLogging(b => b.AddFilter<CapturedLogs>(null, LogLevel.Debug));
            // Identity's 100,000 iterations cost 50 ms a hash here, and the suite makes and signs in hundreds of
            // accounts; the site's own cost is held by PasswordHashingTests.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>The configuration every test site runs with: its database, and its mail, files and microdata under its own folder.</summary>
    private static Dictionary<string, string> Settings(string provider, string connectionString, string directory) => new()
    {
        ["Database:Provider"] = provider,
        ["Database:ConnectionString"] = connectionString,
        ["Mail:PickupDirectory"] = Path.Combine(directory, "mail"),
        ["Files:Root"] = Path.Combine(directory, "files"),
        ["Microdata:DataDirectory"] = Path.Combine(directory, "microdata"),
        ["Mail:PollInterval"] = "00:00:00.200",
    };

    /// <summary>What the site's first start does before any account exists: the migrations, then the default recipe.</summary>
    private static async Task BuildSiteAsync(DatabaseTemplate.Target target)
    {
        var args = Settings(target.Provider, target.ConnectionString, target.Directory)
            .Select(s => $"--{s.Key}={s.Value}")
            .Concat(["--environment=Testing", $"--applicationName={typeof(Program).Assembly.GetName().Name}", "--Logging:LogLevel:Default=Warning"])
            .ToArray();
        await using var app = PstHost.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.ApplyDefaultRecipeIfNoneRanAsync();
    }
}

public sealed class SqliteAppFactory : PstAppFactory
{
    protected override string Provider => DatabaseTemplate.Sqlite;

    /// <summary>Pooled, as the site runs by default: a connection is opened once, not for every query.</summary>
    private string ConnectionString => $"Data Source={Path.Combine(Directory, "pst.db")}";

    private protected override async Task<string> CopyTemplateAsync(DatabaseTemplate template)
    {
        await template.CopySqliteAsync(Directory);
        return ConnectionString;
    }

    /// <summary>The pool would keep the file open after the site is gone.</summary>
    protected override Task DropDatabaseAsync()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        return Task.CompletedTask;
    }
}

/// <summary>Needs <c>PST_TEST_POSTGRES</c>; without it the tests skip, unless <c>PST_REQUIRE_POSTGRES=1</c> (CI).</summary>
public sealed class PostgreSqlAppFactory : PstAppFactory
{
    private readonly string _database = "pst_web_" + Guid.NewGuid().ToString("N")[..8];

    public static void SkipUnlessAvailable() => RealPostgreSql.ConnectionStringOrSkip();

    protected override string Provider => DatabaseTemplate.PostgreSql;

    private protected override Task<string> CopyTemplateAsync(DatabaseTemplate template) => template.CopyPostgreSqlAsync(_database, Directory);

    protected override Task DropDatabaseAsync() => DatabaseTemplate.DropPostgreSqlAsync(_database);
}
