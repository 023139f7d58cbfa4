using System.Text;
using System.Text.RegularExpressions;

namespace Pst.Content.Pages;

/// <summary>
/// A page as one plain text: the body, then each part after a marker line <c>&lt;!-- part: procedure.walkIn --&gt;</c>.
/// Recipes keep service standards in this form (readable beside the standard's own text).
/// </summary>
public static partial class SectionedText
{
    public static (string Body, IReadOnlyDictionary<string, string> Sections) Parse(PageKind kind, string text)
    {
        var parts = new List<(string Key, StringBuilder Text)> { ("", new StringBuilder()) };
        foreach (var line in (text ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            if (Marker().Match(line) is not { Success: true } marker)
            {
                parts[^1].Text.Append(line).Append('\n');
                continue;
            }

            var key = marker.Groups["key"].Value;
            if (!PageSections.IsKnown(kind, key) || parts.Any(p => p.Key == key))
            {
                throw new ContentRefusedException("The part '{0}' is unknown or given twice.", key);
            }

            parts.Add((key, new StringBuilder()));
        }

        return (parts[0].Text.ToString().Trim(), parts.Skip(1).ToDictionary(p => p.Key, p => p.Text.ToString().Trim(), StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\s*<!--\s*part:\s*(?<key>[A-Za-z.]+)\s*-->\s*$")]
    private static partial Regex Marker();
}
