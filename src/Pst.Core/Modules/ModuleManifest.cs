namespace Pst.Core.Modules;

/// <summary>What a module says about itself, once: the host reads nothing else to place it.</summary>
/// <param name="Id">Stable identifier, also the Razor area name of the module's pages.</param>
/// <param name="DisplayName">Localisation key of the name shown on the Modules screen.</param>
/// <param name="Category">Localisation key of the group on the Modules screen.</param>
/// <param name="Description">Localisation key of the one-line description.</param>
/// <param name="Dependencies">Ids of the modules that must be present and enabled first.</param>
/// <param name="IsCore">Core modules are always enabled and cannot be switched off.</param>
public sealed record ModuleManifest(
    string Id,
    string DisplayName,
    string Category,
    string Description,
    IReadOnlyList<string> Dependencies,
    bool IsCore = false)
{
    public ModuleManifest(string id, string displayName, string category, string description, bool isCore = false, params string[] dependencies)
        : this(id, displayName, category, description, dependencies, isCore)
    {
    }
}
