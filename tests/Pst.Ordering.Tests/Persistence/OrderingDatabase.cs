using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pst.Core.Modules;
using Pst.Data;
using Pst.Data.Providers;

namespace Pst.Ordering.Tests.Persistence;

/// <summary>The Ordering module on a real, migrated database: a SQLite file, or a new database on the PostgreSQL server of <c>PST_TEST_POSTGRES</c>.</summary>
public abstract class OrderingDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pst-ordering-tests-").FullName;

    public IServiceProvider Services => _services!;

    protected abstract DatabaseOptions Database();

    /// <summary>Services a test adds (a product type of its own).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        _services = ModuleServices.Build([new OrderingModule()], Database(), Directory, Configure);
        await InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Database.MigrateAsync());
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) => Services.InScopeAsync(action);

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => Services.InScopeAsync(action);

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

public class SqliteOrderingDatabase : OrderingDatabase
{
    protected override DatabaseOptions Database() =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(Directory, "pst.db")};Pooling=false" };
}

public sealed class PostgreSqlOrderingDatabase : OrderingDatabase
{
    private readonly string _database = "pst_ordering_" + Guid.NewGuid().ToString("N")[..8];

    public override ValueTask InitializeAsync()
    {
        RealPostgreSql.ConnectionStringOrSkip();
        return base.InitializeAsync();
    }

    protected override DatabaseOptions Database() => new()
    {
        Provider = DatabaseProvider.PostgreSql,
        ConnectionString = new NpgsqlConnectionStringBuilder(RealPostgreSql.ConnectionString) { Database = _database }.ConnectionString,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (RealPostgreSql.ConnectionString is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
