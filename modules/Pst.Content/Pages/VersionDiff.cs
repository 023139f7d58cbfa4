namespace Pst.Content.Pages;

/// <summary>The changes of one part of a page (its title, summary, text or a section), as lines with their context.</summary>
/// <param name="Key"><see cref="VersionDiff.Title"/>, <see cref="VersionDiff.Summary"/>, <see cref="VersionDiff.Body"/> or a section key of the page's kind.</param>
public sealed record DiffPart(string Key, IReadOnlyList<DiffLine> Lines);

/// <summary>
/// Two versions of a page compared part by part, in the order the page shows them: only the parts that changed,
/// each changed line with <see cref="Context"/> unchanged lines around it; a longer run of unchanged lines is one
/// <see cref="DiffKind.Skipped"/> line giving how many.
/// </summary>
public static class VersionDiff
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const int Context = 2;

    public static IReadOnlyList<DiffPart> Compare(PageKind kind, PageVersion older, PageVersion newer)
    {
        var parts = new List<DiffPart>();
        foreach (var (key, before, after) in new[] { (Title, older.Title, newer.Title), (Summary, older.Summary ?? "", newer.Summary ?? ""), (Body, older.Body, newer.Body) }
            .Concat(PageSections.Of(kind).Select(k => (k, older.Section(k), newer.Section(k)))))
        {
            var lines = LineDiff.Compare(before, after);
            if (lines.Any(l => l.Kind != DiffKind.Unchanged))
            {
                parts.Add(new DiffPart(key, WithContext(lines)));
            }
        }

        return parts;
    }

    /// <summary>The changed lines with <see cref="Context"/> lines around each; the unchanged runs between become one skipped line.</summary>
    public static IReadOnlyList<DiffLine> WithContext(IReadOnlyList<DiffLine> lines)
    {
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffKind.Unchanged)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }

        var result = new List<DiffLine>();
        for (var i = 0; i < lines.Count;)
        {
            if (shown[i])
            {
                result.Add(lines[i++]);
                continue;
            }

            var start = i;
            while (i < lines.Count && !shown[i])
            {
                i++;
            }

            result.Add(new DiffLine(DiffKind.Skipped, (i - start).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }
}
