namespace Pst.Core.Features;

/// <summary>Where the enabled/disabled state of each module lives (the database, so every node sees the same).</summary>
public interface IFeatureStore
{
    /// <summary>Ids of the modules switched off. Modules never recorded are enabled.</summary>
    Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default);

    Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default);
}
