using Pst.Data.Migrations;
using Pst.Data.Providers;

namespace Pst.Data.PostgreSql;

public sealed class DesignTimeFactory() : MigrationsDesignTimeFactory(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=pst_design", ModuleModels.All);
