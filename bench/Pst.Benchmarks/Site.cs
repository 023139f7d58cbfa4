using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Pst.Benchmarks;

/// <summary>
/// The real site (default recipe) for a benchmark: on a SQLite file, or on a new database of the PostgreSQL server in
/// <c>PST_TEST_POSTGRES</c>; files and mail in a temporary folder, all removed afterwards.
/// </summary>
internal sealed class Site : WebApplicationFactory<Pst.Web.Hosting.ModuleEndpointMetadata>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-bench-").FullName;
    private readonly string? _postgres;
    private readonly string _database = "pst_bench_" + Guid.NewGuid().ToString("N")[..8];

    public Site(bool postgreSql = false)
    {
        _postgres = postgreSql ? Environment.GetEnvironmentVariable("PST_TEST_POSTGRES") ?? throw new InvalidOperationException("Set PST_TEST_POSTGRES to run on PostgreSQL.") : null;
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Pst.Web", "Pst.Cms.sln");
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _postgres is null ? "Sqlite" : "PostgreSql");
        builder.UseSetting("Database:ConnectionString", _postgres is null
            ? $"Data Source={Path.Combine(_directory, "pst.db")};Default Timeout=60"
            : new NpgsqlConnectionStringBuilder(_postgres) { Database = _database, MaxPoolSize = 100 }.ConnectionString);
        builder.UseSetting("Files:Root", Path.Combine(_directory, "files"));
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(_directory, "mail"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("PST_BENCH_SQL") ?? "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        if (_postgres is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgres);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
