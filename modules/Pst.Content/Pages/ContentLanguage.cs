using System.Globalization;

namespace Pst.Content.Pages;

/// <summary>The site's two languages as pages know them, and their two-letter codes (the culture names of the site).</summary>
public static class ContentLanguage
{
    /// <summary>The reader's language (the UI culture the request runs in).</summary>
    public static PageLanguage Current => FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? PageLanguage.Indonesian;

    public static string Code(PageLanguage language) => language == PageLanguage.English ? "en" : "id";

    public static PageLanguage? FromCode(string? code) => code switch
    {
        "id" => PageLanguage.Indonesian,
        "en" => PageLanguage.English,
        _ => null,
    };

    public static PageLanguage Other(PageLanguage language) => language == PageLanguage.English ? PageLanguage.Indonesian : PageLanguage.English;
}

/// <summary>Where pages are on the public site.</summary>
public static class SiteAddresses
{
    public const string PagePrefix = "/halaman/";

    public static string Page(string slug) => PagePrefix + slug;

    /// <summary>Where the public reads a page: the home page's blocks at <c>/</c>, every other page under its address.</summary>
    public static string Of(PageKind kind, string slug) => kind == PageKind.Home ? "/" : Page(slug);
}

/// <summary>Where the editors' screens are.</summary>
public static class StaffAddresses
{
    public const string Pages = "/admin/halaman";

    public static string Edit(Guid id) => $"{Pages}/{id}";

    public static string Preview(Guid id) => $"{Pages}/{id}/pratinjau";

    public static string History(Guid id) => $"{Pages}/{id}/riwayat";

    public static string Menu(Menus.MenuName menu, PageLanguage language) => $"/admin/menu/{menu.ToString().ToLowerInvariant()}/{ContentLanguage.Code(language)}";
}
