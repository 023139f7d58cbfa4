using Pst.Core.Modules;

namespace Pst.Core.Security;

/// <summary>Every permission the installed modules declare, each with the module it belongs to.</summary>
public sealed class PermissionCatalogue
{
    private readonly Dictionary<string, (Permission Permission, IModule Module)> _byName = new(StringComparer.Ordinal);

    public PermissionCatalogue(ModuleGraph graph)
    {
        foreach (var module in graph.Ordered)
        {
            foreach (var permission in module.Permissions)
            {
                if (!_byName.TryAdd(permission.Name, (permission, module)))
                {
                    throw new ModuleGraphException($"The permission '{permission.Name}' of module '{module.Manifest.Id}' is already declared by module '{_byName[permission.Name].Module.Manifest.Id}'.");
                }
            }
        }
    }

    public IEnumerable<(Permission Permission, IModule Module)> All => _byName.Values;

    public Permission? Find(string name) => _byName.GetValueOrDefault(name).Permission;

    public IModule? ModuleOf(string name) => _byName.GetValueOrDefault(name).Module;

    /// <summary>Whether any of <paramref name="names"/> is a staff permission (and so demands two-factor sign-in).</summary>
    public bool AnyStaff(IEnumerable<string> names) => names.Any(n => Find(n)?.IsStaff == true);
}
