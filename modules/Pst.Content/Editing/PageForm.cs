using Pst.Content.Pages;

namespace Pst.Content.Editing;

/// <summary>What the editor's form posts: the text of one save, with the address and the page as the editor opened it.</summary>
public sealed class PageForm
{
    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    /// <summary>A service standard's parts by key (<see cref="ServiceStandardSections"/>).</summary>
    public Dictionary<string, string> Sections { get; set; } = [];

    /// <summary>The page's concurrency stamp when the editor opened it.</summary>
    public int Stamp { get; set; }

    public PageText ToText() => new(Title ?? "", Body ?? "", Summary, Sections);

    public static PageForm From(Page page, PageVersion version) => new()
    {
        Title = version.Title,
        Slug = page.Slug,
        Summary = version.Summary,
        Body = version.Body,
        Sections = version.Sections.ToDictionary(),
        Stamp = page.ConcurrencyStamp,
    };
}
