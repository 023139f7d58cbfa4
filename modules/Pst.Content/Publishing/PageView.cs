using Pst.Content.Pages;
using Pst.Core.Products;
using Pst.Core.Settings;

namespace Pst.Content.Publishing;

/// <summary>A page as a browser shows it: the sanitised HTML of each part, and for a service standard what comes from data (tariffs, complaint channels, the lifecycle drawing).</summary>
public sealed record PageView(
    Page Page,
    PageVersion Version,
    string BodyHtml,
    IReadOnlyDictionary<string, string> SectionsHtml,
    TariffSchedule? Tariffs,
    IReadOnlyList<ComplaintChannel> ComplaintChannels,
    string? ProcedureDiagramSvg,
    Page? Translation)
{
    /// <summary>For the home page's blocks: the entry points that lead somewhere now, with their addresses.</summary>
    public IReadOnlyList<HomeEntry> HomeEntries { get; init; } = [];

    /// <summary>For the home page and a service standard: the satisfaction index of the year so far, from the survey; null before anyone answered.</summary>
    public Pst.Core.Feedback.SatisfactionSummary? Satisfaction { get; init; }

    public string Section(string key) => SectionsHtml.TryGetValue(key, out var html) ? html : "";

    /// <summary>The HTML <c>lang</c> of the page's text.</summary>
    public string LanguageCode => ContentLanguage.Code(Page.Language);
}

/// <summary>An entry point of the home page: which one, where it leads, and the editor's text (null: the default text).</summary>
public sealed record HomeEntry(string Key, string Href, string? TextHtml);
