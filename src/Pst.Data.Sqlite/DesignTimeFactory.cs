using Microsoft.EntityFrameworkCore.Design;
using Pst.Data.Providers;

namespace Pst.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for Sqlite migrations without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PstDbContext>
{
    public PstDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(DatabaseProvider.Sqlite, "Data Source=design.db"), ModuleModels.All);
}
