using Microsoft.EntityFrameworkCore;

namespace Pst.Data.Providers;

/// <summary>Configures EF Core for the chosen engine, with that engine's migrations assembly.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrations = "Pst.Data.Sqlite";
    public const string PostgreSqlMigrations = "Pst.Data.PostgreSql";
    public const string SqlServerMigrations = "Pst.Data.SqlServer";

    /// <remarks>
    /// Collections load in split queries: a request owns four collections, which one joined query would multiply.
    /// A list of values (<c>ids.Contains(x.Id)</c>) goes to the database as one array parameter: the default, a
    /// parameter per value, costs EF time that grows with the square of the list (a year's 15,000 receipts took
    /// minutes to look up) and a new query plan for every length.
    /// </remarks>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
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
