using System.Globalization;

namespace Pst.Core.Kernel;

/// <summary>
/// Composes text in someone else's language: an e-mail to staff or a customer is written in the language its reader
/// chose, whoever's web request happens to send it.
/// </summary>
public static class ReaderLanguage
{
    /// <summary>"en" is English; anything else is the site's default, Indonesian.</summary>
    public static CultureInfo CultureOf(string? language) => CultureInfo.GetCultureInfo(language == "en" ? "en" : "id-ID");

    public static T In<T>(string? language, Func<T> compose)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureOf(language);
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
