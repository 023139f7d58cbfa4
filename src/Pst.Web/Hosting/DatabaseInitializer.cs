using Microsoft.EntityFrameworkCore;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Web.Security;

namespace Pst.Web.Hosting;

/// <summary>Applies migrations, and on an empty database the site's default recipe.</summary>
public sealed partial class DatabaseInitializer(PstDbContext db, RecipeEngine recipes, AccountSetup accountSetup, IConfiguration configuration, IWebHostEnvironment environment, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default) =>
        await db.Database.MigrateAsync(cancellationToken);

    /// <summary>First start: the default recipe on a database that never ran one, then the system roles and the first administrator.</summary>
    public async Task SetUpIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await ApplyDefaultRecipeIfNoneRanAsync(cancellationToken);
        await accountSetup.EnsureAsync(cancellationToken);
    }

    /// <summary>The default recipe, on a database that never ran one (the part of the first start that sets the site up, before any account exists).</summary>
    public async Task ApplyDefaultRecipeIfNoneRanAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.RecipeRuns.AnyAsync(cancellationToken))
        {
            var path = DefaultRecipePath(configuration, environment);
            var run = await recipes.ApplyFileAsync(path, "setup", cancellationToken);
            LogDefaultRecipeApplied(logger, run.Name, run.Version);
        }
    }

    /// <summary>Configuration <c>Setup:Recipe</c>, else <c>recipes/jateng.recipe.json</c> beside the site.</summary>
    public static string DefaultRecipePath(IConfiguration configuration, IWebHostEnvironment environment) =>
        configuration["Setup:Recipe"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "recipes", "jateng.recipe.json");

    [LoggerMessage(Level = LogLevel.Information, Message = "Default recipe {Name} {Version} applied to the empty database")]
    private static partial void LogDefaultRecipeApplied(ILogger logger, string name, string version);
}
