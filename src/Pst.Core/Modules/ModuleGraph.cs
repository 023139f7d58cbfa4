namespace Pst.Core.Modules;

/// <summary>
/// The installed modules ordered so that every module comes after the modules it depends on.
/// Building it checks the whole graph: a duplicate id, a missing dependency or a cycle is refused
/// with a message that names the modules involved.
/// </summary>
public sealed class ModuleGraph
{
    private readonly Dictionary<string, IModule> _byId;

    private ModuleGraph(IReadOnlyList<IModule> ordered)
    {
        Ordered = ordered;
        _byId = ordered.ToDictionary(m => m.Manifest.Id, StringComparer.Ordinal);
    }

    /// <summary>Modules in dependency order (dependencies first; ties by id, so the order is stable).</summary>
    public IReadOnlyList<IModule> Ordered { get; }

    public IModule? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Modules that depend on <paramref name="id"/>, directly or through others.</summary>
    public IReadOnlyList<IModule> DependentsOf(string id) =>
        Ordered.Where(m => m.Manifest.Id != id && DependsOn(m.Manifest.Id, id)).ToList();

    /// <summary>The dependencies of <paramref name="id"/>, directly or through others, in dependency order.</summary>
    public IReadOnlyList<IModule> DependenciesOf(string id) =>
        Ordered.Where(m => m.Manifest.Id != id && DependsOn(id, m.Manifest.Id)).ToList();

    private bool DependsOn(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(_byId[from].Manifest.Dependencies);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next == to)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var dependency in _byId[next].Manifest.Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return false;
    }

    public static ModuleGraph Build(IEnumerable<IModule> modules)
    {
        var byId = new Dictionary<string, IModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Manifest.Id, module))
            {
                throw new ModuleGraphException(
                    $"Two modules declare the id '{module.Manifest.Id}': {byId[module.Manifest.Id].GetType().FullName} and {module.GetType().FullName}.");
            }
        }

        foreach (var module in byId.Values.OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            foreach (var dependency in module.Manifest.Dependencies)
            {
                if (!byId.ContainsKey(dependency))
                {
                    throw new ModuleGraphException(
                        $"Module '{module.Manifest.Id}' depends on '{dependency}', which is not installed.");
                }
            }
        }

        // Depth-first topological sort; the path on the stack names the cycle when one is met.
        var ordered = new List<IModule>(byId.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string id)
        {
            if (done.Contains(id))
            {
                return;
            }

            var onPath = path.IndexOf(id);
            if (onPath >= 0)
            {
                var cycle = path.Skip(onPath).Append(id);
                throw new ModuleGraphException($"Modules form a dependency cycle: {string.Join(" → ", cycle)}.");
            }

            path.Add(id);
            foreach (var dependency in byId[id].Manifest.Dependencies.Order(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(id);
            ordered.Add(byId[id]);
        }

        foreach (var id in byId.Keys.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }

        return new ModuleGraph(ordered);
    }
}
