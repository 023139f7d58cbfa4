namespace Pst.Core.Navigation;

/// <summary>Which menu an entry belongs to: the public site's or the staff area's.</summary>
public enum NavigationArea
{
    Public,
    Admin,
}

/// <summary>A menu entry a module contributes. Shown only while the module is enabled and, when a permission is named, to those who hold it.</summary>
/// <param name="Text">Localisation key (English text), looked up in the module's text resource.</param>
public sealed record NavigationItem(NavigationArea Area, string Text, string Url, int Order = 0, string? Permission = null);

/// <summary>An entry as shown: its text already localised; an entry with children opens a submenu.</summary>
public sealed record NavigationLink(string Text, string Url)
{
    public IReadOnlyList<NavigationLink> Children { get; init; } = [];
}

/// <summary>The public menus editors keep (the content module's); where a language has none, the modules' entries are the main menu.</summary>
public interface IEditedMenus
{
    /// <param name="footer">The footer menu rather than the main one.</param>
    /// <returns>The menu for the two-letter language, or null when editors keep none for it.</returns>
    Task<IReadOnlyList<NavigationLink>?> LoadAsync(string language, bool footer, CancellationToken cancellationToken = default);
}
