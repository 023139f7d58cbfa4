using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pst.Core;
using Pst.Core.Modules;
using Pst.Data.Mail;
using Pst.Data.Providers;

namespace Pst.Data.Tests;

/// <summary>A real SQLite database file, migrated, with the core services and the given modules; deleted afterwards.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-data-tests-").FullName;

    public TestSite(IEnumerable<IModule> modules, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        var graph = ModuleGraph.Build(modules);
        services.AddPstCore(graph);
        foreach (var module in graph.Ordered)
        {
            module.ConfigureServices(services, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        }

        // The whole model, as the migrations have it, whatever modules the test plugs in.
        foreach (var contributor in Pst.Data.Migrations.ModuleModels.All)
        {
            services.AddSingleton(contributor);
        }

        services.AddPstData(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_directory, "pst.db")};Pooling=false" },
            new MailOptions { PickupDirectory = MailDirectory });
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(validateScopes: true);
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
