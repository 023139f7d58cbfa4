using Microsoft.EntityFrameworkCore;
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
    /// <summary>The empty schema as the migrations leave it, made once per run and provider; each test's database is a copy.</summary>
    private static readonly DatabaseTemplate MigratedSchema = new("schema", async target =>
    {
        var provider = target.Provider == DatabaseTemplate.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        await using var services = Build([], new DatabaseOptions { Provider = provider, ConnectionString = target.ConnectionString }, target.Directory);
        await services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Database.MigrateAsync());
    });

    /// <summary>A migrated, empty SQLite database, <c>pst.db</c> in <paramref name="directory"/>.</summary>
    public static async Task<DatabaseOptions> MigratedSqliteAsync(string directory) =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = await MigratedSchema.CopySqliteAsync(directory) };

    /// <summary>A migrated, empty database <paramref name="database"/> on the PostgreSQL server of <c>PST_TEST_POSTGRES</c>; drop it with <see cref="DatabaseTemplate.DropPostgreSqlAsync"/>.</summary>
    public static async Task<DatabaseOptions> MigratedPostgreSqlAsync(string database, string directory) =>
        new() { Provider = DatabaseProvider.PostgreSql, ConnectionString = await MigratedSchema.CopyPostgreSqlAsync(database, directory) };

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
