using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pst.Tests.Shared;

/// <summary>
/// A database made once per test run and provider, then copied for each test. Building it (the migrations, and for
/// the site the default recipe) takes seconds; a copy takes milliseconds, and every test still gets a database and a
/// folder of its own. A SQLite template is a folder (its <c>pst.db</c> and the files the build wrote) copied whole; a
/// PostgreSQL template is a database each test's database is created from (<c>CREATE DATABASE … TEMPLATE</c>), with
/// the folder copied beside it. Templates are removed when the test process ends. One source file, linked into each
/// test project that needs a database.
/// </summary>
internal sealed class DatabaseTemplate(string name, Func<DatabaseTemplate.Target, Task> build)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Where a template is built, or where a copy of it lives: the provider, its connection string and the test's folder.</summary>
    public sealed record Target(string Provider, string ConnectionString, string Directory);

    private readonly ConcurrentDictionary<string, Lazy<Task<Target>>> _built = new();

    // PostgreSQL refuses to copy a template another session is connected to, so copies are made one at a time.
    private readonly SemaphoreSlim _copying = new(1, 1);

    /// <summary>The SQLite file of <paramref name="directory"/>, with no pooling so that the folder can be deleted after the test.</summary>
    public static string SqliteConnectionString(string directory) => $"Data Source={Path.Combine(directory, "pst.db")};Pooling=false";

    /// <summary>A copy of the template in <paramref name="directory"/> (its database is <c>pst.db</c> there); returns its connection string.</summary>
    public async Task<string> CopySqliteAsync(string directory)
    {
        var template = await BuiltAsync(Sqlite);
        CopyFolder(template.Directory, directory);
        return SqliteConnectionString(directory);
    }

    /// <summary>A new database <paramref name="database"/> on the server of <c>PST_TEST_POSTGRES</c> made from the template, and its files in <paramref name="directory"/>.</summary>
    public async Task<string> CopyPostgreSqlAsync(string database, string directory)
    {
        var template = await BuiltAsync(PostgreSql);
        var templateDatabase = new NpgsqlConnectionStringBuilder(template.ConnectionString).Database!;
        CopyFolder(template.Directory, directory);
        await _copying.WaitAsync();
        try
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{templateDatabase}\"");
        }
        finally
        {
            _copying.Release();
        }

        return new NpgsqlConnectionStringBuilder(RealPostgreSql.ConnectionString) { Database = database }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CopyPostgreSqlAsync"/> (connections still open are closed).</summary>
    public static async Task DropPostgreSqlAsync(string database)
    {
        if (RealPostgreSql.ConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private Task<Target> BuiltAsync(string provider) =>
        _built.GetOrAdd(provider, p => new Lazy<Task<Target>>(() => BuildAsync(p))).Value;

    private async Task<Target> BuildAsync(string provider)
    {
        var directory = Directory.CreateTempSubdirectory($"pst-template-{name}-").FullName;
        var database = $"pst_template_{name}_{Guid.NewGuid():N}";
        var target = provider == Sqlite
            ? new Target(provider, SqliteConnectionString(directory), directory)
            : new Target(provider, new NpgsqlConnectionStringBuilder(RealPostgreSql.ConnectionString) { Database = database }.ConnectionString, directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(target);

        await build(target);

        // Nothing may stay connected: SQLite's file is copied as it is, and PostgreSQL copies only an idle template.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return target;
    }

    private static void Remove(Target target)
    {
        try
        {
            if (target.Provider == PostgreSql)
            {
                DropPostgreSqlAsync(new NpgsqlConnectionStringBuilder(target.ConnectionString).Database!).GetAwaiter().GetResult();
            }

            Directory.Delete(target.Directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            // The process is ending: a template left behind in the temporary folder or on a throwaway server harms nothing.
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(RealPostgreSql.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
