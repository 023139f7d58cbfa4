using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Data;
using Pst.Data.Providers;

namespace Pst.Ordering.Tests.Persistence;

/// <summary>The Ordering module on a real, migrated database (a copy of the run's schema template): a SQLite file, or a new database on the PostgreSQL server of <c>PST_TEST_POSTGRES</c>.</summary>
public abstract class OrderingDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pst-ordering-tests-").FullName;

    public IServiceProvider Services => _services!;

    protected abstract Task<DatabaseOptions> DatabaseAsync();

    /// <summary>Services a test adds (a product type of its own).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        _services = ModuleServices.Build([new OrderingModule()], await DatabaseAsync(), Directory, Configure);
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
    protected override Task<DatabaseOptions> DatabaseAsync() => ModuleServices.MigratedSqliteAsync(Directory);
}

public sealed class PostgreSqlOrderingDatabase : OrderingDatabase
{
    private readonly string _database = "pst_ordering_" + Guid.NewGuid().ToString("N")[..8];

    public override ValueTask InitializeAsync()
    {
        RealPostgreSql.ConnectionStringOrSkip();
        return base.InitializeAsync();
    }

    protected override Task<DatabaseOptions> DatabaseAsync() => ModuleServices.MigratedPostgreSqlAsync(_database, Directory);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DatabaseTemplate.DropPostgreSqlAsync(_database);
    }
}
