using Microsoft.EntityFrameworkCore.Design;
using Pst.Data.Providers;

namespace Pst.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSql migrations without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PstDbContext>
{
    public PstDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=pst_design"), ModuleModels.All);
}
