using System.Reflection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pst.Core;
using Pst.Core.Files;
using Pst.Core.Modules;
using Pst.Core.Security;
using Pst.Data;
using Pst.Data.Mail;
using Pst.Data.Providers;
using Pst.Web.Accounts;
using Pst.Web.Localization;
using Pst.Web.Security;

namespace Pst.Web.Hosting;

/// <summary>Composes the site: modules in dependency order, the database, the recipe engine, health checks and pages.</summary>
public static class PstHost
{
    public static WebApplication Build(string[] args, IEnumerable<Assembly>? moduleAssemblies = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;

        // The themes' files (Bootstrap, htmx, CSS) are static web assets of their Razor class libraries; outside
        // Development they are served only when asked for (a published site has them in wwwroot and ignores this).
        builder.WebHost.UseStaticWebAssets();

        // The graph is checked before anything else: a missing dependency or a cycle stops start-up here.
        var graph = ModuleGraph.Build(ModuleDiscovery.FromAssemblies(moduleAssemblies ?? DefaultModuleRoots()));
        builder.Services.AddPstCore(graph);
        foreach (var module in graph.Ordered)
        {
            module.ConfigureServices(builder.Services, configuration);
        }

        builder.Services.AddPstData(
            sp => ReadDatabaseOptions(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>()),
            sp => ReadMailOptions(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>()));
        builder.Services.AddPstReminders(builder.Configuration.GetSection("Reminders").Get<Pst.Data.Reminders.ReminderOptions>());
        builder.Services.AddPstFileStore(sp => ReadFileStoreOptions(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IWebHostEnvironment>()));
        builder.Services.AddPstRequestBodyLimit();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddProblemDetails();
        // Modules add their own policies (the content module caches published pages); the store is the host's.
        builder.Services.AddOutputCache();
        builder.Services.AddPstAccounts();
        builder.Services.AddPstPermissions();
        builder.Services.AddPstRateLimits(configuration);
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Localization.LocalizedValidationMessages>();
        builder.Services.AddRazorPages()
            .ConfigureApplicationPartManager(parts => ModuleApplicationParts.Add(parts, graph))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<PstDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: ["ready"]);

        var app = builder.Build();

        // Like the module graph, the permission list is checked at start-up: two modules declaring one permission stop it here.
        app.Services.GetRequiredService<PermissionCatalogue>();
        // People get a localised page, programmes ProblemDetails; the status code stays the real one.
        app.UsePstErrorResponses();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization(SiteCultures.Options());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AccountGateMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<FeatureGateMiddleware>();
        // After localisation and sign-in: cached pages vary by language and are never a signed-in person's.
        app.UseOutputCache();
        app.MapGet("/bahasa/{culture}", SiteCultures.Switch);
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapStaticAssets();
        // Browsers ask the site's root for its icon whatever the page links; the theme carries it.
        app.MapGet("/favicon.ico", () => Results.Redirect("/_content/Pst.Themes.Jateng/favicon.ico", permanent: true));
        app.MapRazorPages();
        foreach (var module in graph.Ordered)
        {
            var group = app.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id));
            module.MapEndpoints(group);
        }

        return app;
    }

    /// <summary>The site itself, the program that started it (a test host adds its own test modules that way) and our assemblies deployed beside them.</summary>
    private static IEnumerable<Assembly> DefaultModuleRoots() =>
        new[] { typeof(PstHost).Assembly, Assembly.GetEntryAssembly() }.OfType<Assembly>()
            .Concat(ModuleDiscovery.DeployedBeside(AppContext.BaseDirectory));

    /// <summary>Section <c>Database</c>; with no connection string, SQLite in <c>App_Data/pst.db</c>.</summary>
    private static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            var dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(dataDirectory);
            database.ConnectionString = $"Data Source={Path.Combine(dataDirectory, "pst.db")}";
        }

        return database;
    }

    /// <summary>Section <c>Files</c>; the folder is relative to the content root.</summary>
    private static FileStoreOptions ReadFileStoreOptions(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var files = configuration.GetSection("Files").Get<FileStoreOptions>() ?? new FileStoreOptions();
        files.Root = Path.GetFullPath(files.Root, environment.ContentRootPath);
        return files;
    }

    /// <summary>Section <c>Mail</c>; the pickup folder is relative to the content root.</summary>
    private static MailOptions ReadMailOptions(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var mail = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        mail.PickupDirectory = Path.GetFullPath(mail.PickupDirectory, environment.ContentRootPath);
        return mail;
    }
}

/// <summary>Marks an endpoint as belonging to a module, so that it answers 404 while the module is disabled.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);

/// <summary>Ready only when no migration is pending.</summary>
internal sealed class MigrationsAppliedCheck(PstDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, cancellationToken)).ToList();
        return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending.");
    }
}
