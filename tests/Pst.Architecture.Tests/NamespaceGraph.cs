using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Pst.Architecture.Tests;

/// <summary>
/// Which namespaces of an assembly use which, read from its compiled code (signatures and method bodies), and the
/// cycles among them: a namespace that needs another that needs it back is one slice cut in two.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _uses = new(StringComparer.Ordinal);

    /// <summary>
    /// The namespaces below <paramref name="root"/> in the assembly at <paramref name="path"/>. The root namespace
    /// itself is the module's shell (it registers every slice, and the slices name it for their texts and
    /// permissions), so it is no node; Razor's generated views are outside the root and left out too.
    /// </summary>
    public static NamespaceGraph Of(string path, string root)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, used) in References(path).Where(r => Below(r.From, root)))
        {
            foreach (var to in used.Where(n => Below(n, root) && n != from))
            {
                graph.Add(from, to);
            }
        }

        return graph;
    }

    /// <summary>The namespaces the types of <paramref name="namespacePrefix"/> use, read from the assembly at <paramref name="path"/>.</summary>
    public static IReadOnlySet<string> UsedBy(string path, string namespacePrefix) =>
        References(path).Where(r => r.From == namespacePrefix || Below(r.From, namespacePrefix)).SelectMany(r => r.Used).ToHashSet(StringComparer.Ordinal);

    /// <summary>The names of the assemblies the assembly at <paramref name="path"/> references.</summary>
    public static IReadOnlyList<string> ReferencedAssemblies(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        return assembly.MainModule.AssemblyReferences.Select(r => r.Name).ToList();
    }

    /// <summary>Each type's namespace with the namespaces of the types it uses (signatures, fields, method bodies).</summary>
    private static List<(string From, IReadOnlyList<string> Used)> References(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        return assembly.MainModule.GetTypes()
            .Select(t => (NamespaceOf(t), (IReadOnlyList<string>)UsedTypes(t).SelectMany(Expand).Select(NamespaceOf).Distinct().ToList()))
            .ToList();
    }

    /// <summary>A type with its generic arguments (<c>IStringLocalizer&lt;OrderingModule&gt;</c> uses both) and element types.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type.GetElementType();
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments.SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    public void Add(string from, string to)
    {
        if (!_uses.TryGetValue(from, out var targets))
        {
            _uses[from] = targets = new HashSet<string>(StringComparer.Ordinal);
        }

        targets.Add(to);
    }

    /// <summary>Every group of namespaces that reach each other (Tarjan's strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in _uses.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(target))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], index[target]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var node in _uses.Keys.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    private static bool Below(string ns, string root) => ns.StartsWith(root + ".", StringComparison.Ordinal);

    /// <summary>A nested type lives in its outermost type's namespace.</summary>
    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var item in type.Interfaces)
        {
            yield return item.InterfaceType;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                yield return variable.VariableType;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference used:
                        yield return used;
                        break;
                    case MemberReference member when member.DeclaringType is not null:
                        yield return member.DeclaringType;
                        break;
                }
            }
        }
    }
}
