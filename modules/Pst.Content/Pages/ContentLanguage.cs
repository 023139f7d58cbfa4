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
