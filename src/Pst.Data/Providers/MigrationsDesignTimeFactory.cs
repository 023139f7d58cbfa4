using Microsoft.EntityFrameworkCore.Design;

namespace Pst.Data.Providers;

/// <summary>Lets <c>dotnet ef</c> build the whole model for one engine's migrations without starting the site.</summary>
public abstract class MigrationsDesignTimeFactory(DatabaseProvider provider, string connectionString, IEnumerable<IEntityModelContributor> modules)
    : IDesignTimeDbContextFactory<PstDbContext>
{
    public PstDbContext CreateDbContext(string[] args) => new(DbContextOptionsFactory.Create(provider, connectionString), modules);
}
