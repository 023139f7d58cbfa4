namespace Pst.Core.Navigation;

/// <summary>Which menu an entry belongs to.</summary>
public enum NavigationMenu
{
    /// <summary>The public site's main menu.</summary>
    Public,

    /// <summary>The staff area's side menu.</summary>
    Admin,
}

/// <summary>One menu entry contributed by a module.</summary>
/// <param name="Text">Localisation key of the label.</param>
/// <param name="Url">Site-relative address.</param>
/// <param name="Permission">Permission needed to see the entry; null for everybody.</param>
public sealed record NavigationItem(NavigationMenu Menu, string Text, string Url, int Order = 0, string? Permission = null);

/// <summary>A module's contribution to the menus.</summary>
public interface INavigationProvider
{
    /// <summary>Module whose state decides whether the entries are shown.</summary>
    string ModuleId { get; }

    IEnumerable<NavigationItem> GetItems();
}
