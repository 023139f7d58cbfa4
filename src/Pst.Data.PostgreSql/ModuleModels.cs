namespace Pst.Data.PostgreSql;

/// <summary>Every module's entity contributions, so that migrations cover the whole database.</summary>
public static class ModuleModels
{
    public static IReadOnlyList<IEntityModelContributor> All { get; } = [];
}
