using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Data.Providers;

namespace Pst.Data.Tests;

/// <summary>A real SQLite database file, migrated (a copy of the run's schema template), with the core services and the given modules; deleted afterwards.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-data-tests-").FullName;

    private TestSite()
    {
    }

    public ServiceProvider Services { get; private set; } = null!;

    public string MailDirectory => Path.Combine(_directory, "mail");

    public static async Task<TestSite> StartAsync(IEnumerable<IModule> modules, Action<IServiceCollection>? configure = null)
    {
        var site = new TestSite();
        site.Services = ModuleServices.Build(modules, await ModuleServices.MigratedSqliteAsync(site._directory), site._directory, configure);
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
