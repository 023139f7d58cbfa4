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

/// <summary>An entry as shown: its text already localised.</summary>
public sealed record NavigationLink(string Text, string Url);
