using System.Globalization;
using System.Text;

namespace Pst.Content.Search;

/// <summary>
/// What a visitor typed, reduced to the words to look for: letters and digits only (so nothing the visitor types is
/// query syntax for the database), at most eight words of at most 40 characters, accents kept.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Words)
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    public bool IsEmpty => Words.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                continue;
            }

            if (word.Length > 0 && words.Count < MaxWords)
            {
                var found = word.ToString();
                if (found.Length <= MaxWordLength && !words.Contains(found))
                {
                    words.Add(found);
                }
            }

            word.Clear();
        }

        return new SearchQuery(words);
    }

    /// <summary>SQLite FTS5: every word as a quoted prefix, all required (<c>"antri"* "loket"*</c>).</summary>
    public string ToFts5() => string.Join(' ', Words.Select(w => $"\"{w}\"*"));

    /// <summary>PostgreSQL: every word as a prefix, all required (<c>antri:* &amp; loket:*</c>).</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select(w => w + ":*"));
}
