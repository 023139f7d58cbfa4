using System.Reflection;

namespace Pst.Core.Modules;

/// <summary>Finds the modules declared by <see cref="PstModuleAttribute"/> in an assembly and everything it references.</summary>
public static class ModuleDiscovery
{
    /// <summary>
    /// Our assemblies deployed beside the application (<c>Pst.*.dll</c>). A project reference that no code uses is
    /// left out of the compiled assembly's references, so a module project referenced only to be installed is found here.
    /// </summary>
    public static IEnumerable<Assembly> DeployedBeside(string directory) =>
        Directory.EnumerateFiles(directory, "Pst.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)));

    public static IReadOnlyList<IModule> FromAssemblies(IEnumerable<Assembly> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>(roots);
        var modules = new List<IModule>();
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (!seen.Add(assembly.FullName ?? assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var declaration in assembly.GetCustomAttributes<PstModuleAttribute>())
            {
                var module = Activator.CreateInstance(declaration.ModuleType) as IModule
                    ?? throw new ModuleGraphException($"{declaration.ModuleType.FullName} is declared as a module but does not implement IModule.");
                modules.Add(module);
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                // Only our own assemblies can hold modules; skip the framework and packages.
                if (reference.Name is { } name && name.StartsWith("Pst.", StringComparison.Ordinal) && !seen.Contains(reference.FullName))
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return modules;
    }
}
