using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Pst.Web.Localization;

/// <summary>Bahasa Indonesia by default, English on request: the cookie first, then the browser's Accept-Language.</summary>
public static class SiteCultures
{
    public static readonly string[] Supported = ["id", "en"];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture("id").AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary><c>GET /bahasa/en?returnUrl=/</c>: remembers the choice in a cookie for a year and goes back.</summary>
    public static IResult Switch(string culture, string? returnUrl, HttpContext context)
    {
        if (!Supported.Contains(culture))
        {
            return Results.NotFound();
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>
    /// A path on this site: "/" followed by no second "/" or "" (browsers read "/\evil" as "//evil", another host) and
    /// no control character. Anything else goes home rather than off-site, and never reaches LocalRedirect's exception.
    /// </summary>
    public static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(char.IsControl);

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
