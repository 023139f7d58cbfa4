namespace Pst.Content.Pages;

public enum DiffKind
{
    Unchanged,
    Removed,
    Added,

    /// <summary>A run of unchanged lines left out; the text is how many.</summary>
    Skipped,
}

/// <summary>One line of a comparison between two versions of a page's text.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// A readable comparison of two versions of a page, line by line: the longest run of lines both share stays, what
/// only the older has is removed, what only the newer has is added. Editors' pages are short, so the quadratic
/// table of the longest common subsequence is fine (a 500-line page is 250 000 cells).
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        var a = Lines(older);
        var b = Lines(newer);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                diff.Add(new DiffLine(DiffKind.Unchanged, a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                diff.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                diff.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }

        diff.AddRange(a[x..].Select(l => new DiffLine(DiffKind.Removed, l)));
        diff.AddRange(b[y..].Select(l => new DiffLine(DiffKind.Added, l)));
        return diff;
    }

    private static string[] Lines(string text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
