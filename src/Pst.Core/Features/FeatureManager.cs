using Pst.Core.Modules;

namespace Pst.Core.Features;

/// <summary>
/// Switches modules on and off at run time, keeping the graph consistent: enabling a module enables what it
/// needs; disabling one that an enabled module needs is refused with both names; core modules stay on.
/// The state is read from the store on every call, never cached in memory, so all nodes agree.
/// </summary>
public sealed class FeatureManager(ModuleGraph graph, IFeatureStore store, IEnumerable<Content.IPublicPageCache> caches)
{
    public ModuleGraph Graph => graph;

    public async Task<bool> IsEnabledAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var disabled = await store.GetDisabledAsync(cancellationToken);
        return IsEnabled(moduleId, disabled);
    }

    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default)
    {
        var disabled = await store.GetDisabledAsync(cancellationToken);
        return graph.Ordered.Select(m => m.Manifest.Id).Where(id => IsEnabled(id, disabled)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A module is effectively on when it and everything it depends on are on.</summary>
    private bool IsEnabled(string moduleId, IReadOnlySet<string> disabled)
    {
        var module = graph.Find(moduleId);
        if (module is null)
        {
            return false;
        }

        if (module.Manifest.IsCore)
        {
            return true;
        }

        return !disabled.Contains(moduleId) && graph.DependenciesOf(moduleId).All(d => d.Manifest.IsCore || !disabled.Contains(d.Manifest.Id));
    }

    /// <summary>Enables the module and the modules it depends on. Returns the ids switched on.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        RequireInstalled(moduleId);
        var disabled = await store.GetDisabledAsync(cancellationToken);
        var switched = new List<string>();
        foreach (var id in graph.DependenciesOf(moduleId).Select(m => m.Manifest.Id).Append(moduleId))
        {
            if (disabled.Contains(id))
            {
                await store.SetEnabledAsync(id, true, cancellationToken);
                switched.Add(id);
            }
        }

        if (switched.Count > 0)
        {
            await MenusChangedAsync(cancellationToken);
        }

        return switched;
    }

    public async Task DisableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var module = RequireInstalled(moduleId);
        if (module.Manifest.IsCore)
        {
            throw new FeatureChangeRefusedException("The module '{0}' is part of the core and cannot be disabled.", moduleId);
        }

        var disabled = await store.GetDisabledAsync(cancellationToken);
        var enabledDependents = graph.DependentsOf(moduleId).Where(d => IsEnabled(d.Manifest.Id, disabled)).Select(d => d.Manifest.Id).ToList();
        if (enabledDependents.Count > 0)
        {
            // All of them at once, so the administrator sees the whole order of switching off.
            throw new FeatureChangeRefusedException(
                "The module '{0}' cannot be disabled while these enabled modules need it: {1}.", moduleId, enabledDependents);
        }

        if (!disabled.Contains(moduleId))
        {
            await store.SetEnabledAsync(moduleId, false, cancellationToken);
            await MenusChangedAsync(cancellationToken);
        }
    }

    /// <summary>Cached public pages carry the menus, which follow the enabled modules.</summary>
    private async Task MenusChangedAsync(CancellationToken cancellationToken)
    {
        foreach (var cache in caches)
        {
            await cache.EvictAsync(cancellationToken);
        }
    }

    private IModule RequireInstalled(string moduleId) =>
        graph.Find(moduleId) ?? throw new FeatureChangeRefusedException("There is no module '{0}'.", moduleId);
}
