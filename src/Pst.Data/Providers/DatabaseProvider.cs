namespace Pst.Data.Providers;

/// <summary>The database engines the site runs on. SQLite is the embedded default.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
