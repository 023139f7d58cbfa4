using Microsoft.EntityFrameworkCore.Design;
using Pst.Data.Providers;

namespace Pst.Data.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for SqlServer migrations without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PstDbContext>
{
    public PstDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=pst_design;TrustServerCertificate=true"), ModuleModels.All);
}
