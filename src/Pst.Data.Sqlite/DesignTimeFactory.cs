using Pst.Data.Migrations;
using Pst.Data.Providers;

namespace Pst.Data.Sqlite;

public sealed class DesignTimeFactory() : MigrationsDesignTimeFactory(DatabaseProvider.Sqlite, "Data Source=design.db", ModuleModels.All);
