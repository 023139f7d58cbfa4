using System.Globalization;
using System.Text;

namespace Pst.Core.Security;

/// <summary>
/// The id of a role an administrator names in words ("Petugas Gudang Data" → <c>PetugasGudangData</c>): its words,
/// accents taken off, each starting with a capital, joined; letters and digits only, starting with a letter.
/// </summary>
public static class RoleId
{
    public const int MaxLength = 50;

    /// <returns>The id, or null when the name holds no letter to start one with.</returns>
    public static string? From(string? displayName)
    {
        var id = new StringBuilder();
        var startOfWord = true;
        foreach (var c in (displayName ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        var text = id.ToString();
        var start = text.TakeWhile(char.IsAsciiDigit).Count(); // an id starts with a letter
        text = text[start..];
        return text.Length == 0 ? null : text[..Math.Min(text.Length, MaxLength)];
    }
}
