using Pst.Data.Migrations;
using Pst.Data.Providers;

namespace Pst.Data.SqlServer;

public sealed class DesignTimeFactory() : MigrationsDesignTimeFactory(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=pst_design;TrustServerCertificate=true", ModuleModels.All);
