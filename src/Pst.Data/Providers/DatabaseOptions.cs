namespace Pst.Data.Providers;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file under App_Data.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the site starts (switch off to migrate by command only).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
