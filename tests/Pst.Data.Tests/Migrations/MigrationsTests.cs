using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Pst.Data.Migrations;
using Pst.Data.Providers;

namespace Pst.Data.Tests.Migrations;

public sealed class MigrationsTests
{
    /// <summary>No SQL Server can run on these machines: the migrations must at least produce the full script.</summary>
    [Fact]
    public void SqlServer_migrations_are_current_and_produce_a_script()
    {
        using var db = new PstDbContext(DbContextOptionsFactory.Create(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=pst;TrustServerCertificate=true"), ModuleModels.All);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last SQL Server migration: add one.");
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Contains("CREATE TABLE [Account_Users]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Core_OutboxMessages]", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Migrations_are_current(DatabaseProvider provider)
    {
        using var db = new PstDbContext(DbContextOptionsFactory.Create(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1"), ModuleModels.All);
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changed since the last {provider} migration: add one.");
    }

    /// <summary>Applies every migration to a real PostgreSQL server and writes and reads a row.</summary>
    [Fact]
    public async Task PostgreSql_migrations_apply_to_a_real_server()
    {
        var server = RealPostgreSql.ConnectionStringOrSkip();
        var database = "pst_migrations_" + Guid.NewGuid().ToString("N")[..8];
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        await using (var db = new PstDbContext(DbContextOptionsFactory.Create(DatabaseProvider.PostgreSql, connectionString), ModuleModels.All))
        {
            await MigrateAndUseAsync(db);
            await db.Database.EnsureDeletedAsync();
        }
    }

    /// <summary>Applies every migration to a new SQLite file (with the test above, the only tests that migrate from nothing; the others copy a migrated template).</summary>
    [Fact]
    public async Task Sqlite_migrations_apply_to_a_new_file()
    {
        var directory = Directory.CreateTempSubdirectory("pst-migrations-").FullName;
        try
        {
            await using var db = new PstDbContext(DbContextOptionsFactory.Create(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "pst.db")};Pooling=false"), ModuleModels.All);
            await MigrateAndUseAsync(db);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The SubmittedAt and CompletedAt migrations give each request from before them the moments of its first "sent"
    /// step and of its completion, on each engine.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task Requests_from_before_the_report_columns_get_their_moments_from_their_steps(DatabaseProvider provider) =>
        BeforeMigrationAsync(provider, "_SubmittedAt", async db =>
        {

            var (sent, resent) = (new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero));
            object At(DateTimeOffset moment) => provider == DatabaseProvider.Sqlite ? (moment.UtcTicks / 1000) << 11 : moment;
            var (id, draft) = (Guid.NewGuid(), Guid.NewGuid());
            foreach (var request in new[] { id, draft })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"Ordering_Requests\" (\"Id\", \"CustomerId\", \"Channel\", \"CreatedAt\", \"State\", \"Version\", \"NeedsAgreement\") VALUES ({0}, 'c', 'Online', {1}, 'Submitted', 1, FALSE)",
                    provider == DatabaseProvider.Sqlite ? request.ToString().ToUpperInvariant() : request, At(sent));
            }

            var completed = new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero);
            foreach (var (at, trigger, to) in new[] { (sent, "Submit", "Submitted"), (resent, "Submit", "Submitted"), (resent, "ReturnForRevision", "RevisionRequested"), (completed, "AcceptProduct", "Completed") })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"Ordering_RequestTransitions\" (\"At\", \"ActorId\", \"ActorRole\", \"Trigger\", \"From\", \"To\", \"RequestId\") VALUES ({0}, 'c', 'Customer', {1}, 'Draft', {2}, {3})",
                    At(at), trigger, to, provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id);
            }

            await db.Database.MigrateAsync();

            // Read back as stored: SQLite keeps the moment as the sortable integer of At.
            var key = provider == DatabaseProvider.Sqlite ? (object)id.ToString().ToUpperInvariant() : id;
            async Task<List<object?>> ReadAsync(string column)
            {
                var sql = $"SELECT \"{column}\" AS \"Value\" FROM \"Ordering_Requests\" ORDER BY \"Id\" = {{0}}";
                return provider == DatabaseProvider.Sqlite
                    ? [.. (await db.Database.SqlQueryRaw<long?>(sql, key).ToListAsync()).Cast<object?>()]
                    : [.. (await db.Database.SqlQueryRaw<DateTimeOffset?>(sql, key).ToListAsync()).Cast<object?>()];
            }

            Assert.Equal([null, At(sent)], await ReadAsync("SubmittedAt"));
            Assert.Equal([null, At(completed)], await ReadAsync("CompletedAt"));
        });

    /// <summary>
    /// The e-mail templates moved from ordering's table to the core's when each module came to declare its own e-mails:
    /// a template an administrator changed before the move is still in force after it, under the same key.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public Task An_edited_email_template_moves_to_the_core_table_with_its_key(DatabaseProvider provider) =>
        BeforeMigrationAsync(provider, "_NotificationTemplatesInCore", async db =>
        {
            object updatedAt = provider == DatabaseProvider.Sqlite ? 1L : DateTimeOffset.UtcNow;
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Ordering_NotificationTemplates\" (\"Event\", \"Language\", \"Subject\", \"Body\", \"UpdatedAt\") VALUES ('BillingIssued', 'en', 'Your code', {0}, {1})",
                "Pay {{ billing.code }}",
                updatedAt);

            await db.Database.MigrateAsync();

            var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Key\" || '/' || \"Language\" || '/' || \"Subject\" || '/' || \"Body\" AS \"Value\" FROM \"Core_NotificationTemplates\"").ToListAsync();
            Assert.Equal(["BillingIssued/en/Your code/Pay {{ billing.code }}"], stored);
        });

    /// <summary>
    /// A new database on the engine, migrated up to just before the migration whose name ends so, for a test that
    /// writes rows as they were then, migrates the rest and reads what the migration made of them; dropped after.
    /// </summary>
    private static async Task BeforeMigrationAsync(DatabaseProvider provider, string migration, Func<PstDbContext, Task> test)
    {
        var directory = Directory.CreateTempSubdirectory("pst-migrations-").FullName;
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(directory, "pst.db")};Pooling=false"
            : new NpgsqlConnectionStringBuilder(RealPostgreSql.ConnectionStringOrSkip()) { Database = "pst_migrations_" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString;
        try
        {
            await using var db = new PstDbContext(DbContextOptionsFactory.Create(provider, connectionString), ModuleModels.All);
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith(migration, StringComparison.Ordinal)) - 1]);
            try
            {
                await test(db);
            }
            finally
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    await db.Database.EnsureDeletedAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Migrates an empty database, writes and reads a row, and finds the pages' search table, which hand-written SQL
    /// in the migration makes (FTS5, tsvector), not the model.
    /// </summary>
    private static async Task MigrateAndUseAsync(PstDbContext db)
    {
        await db.Database.MigrateAsync();
        db.SiteSettings.Add(new Settings.SiteSetting { Key = "office", Value = """{"name":"PST"}""", ChangedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.SiteSettings.CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"Content_Search\"").SingleAsync());
    }
}
