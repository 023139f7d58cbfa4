namespace Pst.Data.SqlServer;

/// <summary>Every module's entity contributions, so that migrations cover the whole database.</summary>
public static class ModuleModels
{
    public static IReadOnlyList<IEntityModelContributor> All { get; } = [];
}
