using Pst.Content.Pages;

namespace Pst.Content.Menus;

/// <summary>The menus editors keep, each once per language.</summary>
public enum MenuName
{
    Main,
    Footer,
}

/// <summary>
/// One entry of a menu: a link to a page (shown only while the page is published, under its current address) or
/// to an address. Entries nest one level: a top-level entry with children opens a submenu.
/// </summary>
public sealed class MenuItem
{
    public const int TextMaxLength = 100;
    public const int UrlMaxLength = 500;

    public MenuItem(Guid id, MenuName menu, PageLanguage language, Guid? parentId, int position, string text, Guid? pageId, string? url)
    {
        (Id, Menu, Language, ParentId, Position, Text, PageId, Url) = (id, menu, language, parentId, position, text, pageId, url);
    }

    private MenuItem()
    {
        Text = "";
    }

    public Guid Id { get; private set; }

    public MenuName Menu { get; private set; }

    public PageLanguage Language { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>The order among its siblings.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }

    public Guid? PageId { get; private set; }

    public string? Url { get; private set; }

    /// <summary>An address a menu may link to: one on this site (<c>/katalog</c>), or http(s) elsewhere.</summary>
    public static bool IsAllowedUrl(string? url) =>
        url is { Length: > 0 and <= UrlMaxLength }
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"));
}

/// <summary>Who last changed a menu, and when: a recipe replaces a menu only while no person has changed it since.</summary>
public sealed class MenuRecord(MenuName menu, PageLanguage language, string changedBy, DateTimeOffset changedAt)
{
    public MenuName Menu { get; private set; } = menu;

    public PageLanguage Language { get; private set; } = language;

    public string ChangedBy { get; set; } = changedBy;

    public DateTimeOffset ChangedAt { get; set; } = changedAt;
}
