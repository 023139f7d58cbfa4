using System.Globalization;
using System.Text;

namespace Pst.Content.Pages;

/// <summary>
/// The address part of a page (<c>/halaman/{slug}</c>): small letters, digits and single dashes, at most 100
/// characters, unique per language. A title suggests one ("Standar Pelayanan" → <c>standar-pelayanan</c>).
/// </summary>
public static class Slug
{
    public const int MaxLength = 100;

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength }
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>A valid slug made from a title: accents dropped, anything else between words becomes one dash.</summary>
    public static string FromTitle(string title)
    {
        var plain = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}
