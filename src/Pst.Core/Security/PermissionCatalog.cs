namespace Pst.Core.Security;

/// <summary>All permissions every installed module defines, by name.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, Permission> _byName;

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        _byName = new Dictionary<string, Permission>(StringComparer.Ordinal);
        foreach (var permission in providers.SelectMany(p => p.GetPermissions()))
        {
            if (!_byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"The permission '{permission.Name}' is defined twice.");
            }
        }

        All = _byName.Values.OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Permission> All { get; }

    public Permission? Find(string name) => _byName.GetValueOrDefault(name);
}
