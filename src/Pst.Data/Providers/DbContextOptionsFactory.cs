using Microsoft.EntityFrameworkCore;

namespace Pst.Data.Providers;

/// <summary>Configures EF Core for the chosen engine, with that engine's migrations assembly.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrations = "Pst.Data.Sqlite";
    public const string PostgreSqlMigrations = "Pst.Data.PostgreSql";
    public const string SqlServerMigrations = "Pst.Data.SqlServer";

    /// <remarks>Collections load in split queries: a request owns four collections, which one joined query would multiply.</remarks>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>Options for design-time tools and tests, with no module contributing entities.</summary>
    public static DbContextOptions<PstDbContext> Create(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PstDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }
}
