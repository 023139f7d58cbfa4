using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Data.Providers;

namespace Pst.Data.Tests;

/// <summary>A real SQLite database file, migrated, with the core services and the given modules; deleted afterwards.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-data-tests-").FullName;

    public TestSite(IEnumerable<IModule> modules, Action<IServiceCollection>? configure = null)
    {
        Services = ModuleServices.Build(
            modules,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_directory, "pst.db")};Pooling=false" },
            _directory,
            configure);
    }

    public ServiceProvider Services { get; }

    public string MailDirectory => Path.Combine(_directory, "mail");

    public static async Task<TestSite> StartAsync(IEnumerable<IModule> modules, Action<IServiceCollection>? configure = null)
    {
        var site = new TestSite(modules, configure);
        await site.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Database.MigrateAsync());
        return site;
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) => Services.InScopeAsync(action);

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => Services.InScopeAsync(action);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
