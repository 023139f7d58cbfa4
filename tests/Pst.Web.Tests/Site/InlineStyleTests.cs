using System.Text.RegularExpressions;

namespace Pst.Web.Tests.Site;

/// <summary>
/// The site's Content-Security-Policy allows styles from its own stylesheets only (style-src 'self'), so an inline
/// style attribute or style element is refused by the browser and logged as a violation. No Razor view may carry one;
/// the themes' stylesheets hold the classes instead.
/// </summary>
public sealed partial class InlineStyleTests
{
    [Fact]
    public void No_view_carries_an_inline_style()
    {
        var root = Infrastructure.SourceTree.Root;
        var found = new[] { "src", "modules", "themes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cshtml", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(root, file), Line: index + 1, Text: line)))
            .Where(line => InlineStyle().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Inline styles, refused by the CSP:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_rule_finds_an_attribute_and_an_element_but_not_a_class_name()
    {
        Assert.Matches(InlineStyle(), "<dd style=\"white-space: pre-line\">");
        Assert.Matches(InlineStyle(), "<style>p { color: red }</style>");
        Assert.DoesNotMatch(InlineStyle(), "<dd class=\"text-pre-line\" data-style=\"x\">");
    }

    [GeneratedRegex("""(?<![\w-])style\s*=\s*["']|<style[\s>]""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
