using Pst.Content.Pages;

namespace Pst.Content.Menus;

/// <summary>Where the editors keep a menu: one screen per menu and language.</summary>
public static class MenuAddresses
{
    public static string Edit(MenuName menu, PageLanguage language) => $"/admin/menu/{menu.ToString().ToLowerInvariant()}/{ContentLanguage.Code(language)}";
}
