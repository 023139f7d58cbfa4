using System.Net;
using Pst.Content.Pages;

namespace Pst.Content.Search;

/// <summary>A page found: where it is, its title and a passage of its text, the matched words marked.</summary>
public sealed record SearchResult(PageLanguage Language, string Slug, string TitleHtml, string SnippetHtml)
{
    /// <summary>Marks the database puts around a matched word; never in page text (control characters), so the text can be encoded first.</summary>
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    /// <summary>About 240 characters of <paramref name="text"/> starting a little before the first word found (for an engine that cuts no passage itself).</summary>
    public static string Around(string text, IReadOnlyList<string> words)
    {
        var first = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - 80);
        var length = Math.Min(240, text.Length - start);
        return (start > 0 ? "… " : "") + text.Substring(start, length) + (start + length < text.Length ? " …" : "");
    }

    /// <summary>Puts the marks around every occurrence of the words, ignoring case.</summary>
    public static string MarkWords(string text, IReadOnlyList<string> words) =>
        words.Count == 0 ? text : System.Text.RegularExpressions.Regex.Replace(
            text,
            string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape)),
            m => MarkStart + m.Value + MarkEnd,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The database's highlighted text, HTML-encoded, with the marks turned into <c>&lt;mark&gt;</c>.</summary>
    public static string Highlighted(string marked) =>
        WebUtility.HtmlEncode(marked).Replace(MarkStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);
}
