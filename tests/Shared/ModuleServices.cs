using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pst.Core;
using Pst.Core.Files;
using Pst.Core.Modules;
using Pst.Data;
using Pst.Data.Mail;
using Pst.Data.Providers;

namespace Pst.Tests.Shared;

/// <summary>
/// The services of a site made of the given modules, as the host composes them, on one database with the whole model
/// the migrations have (<c>ModuleModels</c>), mail and files in <paramref name="directory"/>. Linked into the test
/// projects that need a real database without the web host.
/// </summary>
internal static class ModuleServices
{
    public static ServiceProvider Build(IEnumerable<IModule> modules, DatabaseOptions database, string directory, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddLocalization();
        var graph = ModuleGraph.Build(modules);
        services.AddPstCore(graph);
        foreach (var module in graph.Ordered)
        {
            module.ConfigureServices(services, new ConfigurationBuilder().Build());
        }

        foreach (var contributor in Pst.Data.Migrations.ModuleModels.All)
        {
            services.AddSingleton(contributor);
        }

        services.AddPstData(database, new MailOptions { PickupDirectory = Path.Combine(directory, "mail") });
        services.AddPstFileStore(_ => new FileStoreOptions { Root = Path.Combine(directory, "files") });
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
