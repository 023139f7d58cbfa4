using Pst.Content.Pages;
using Pst.Content.Rendering;
using Pst.Core.Content;
using Pst.Content.Persistence;
using Pst.Core.Kernel;
using Pst.Core.Navigation;
using Pst.Core.Products;
using Pst.Core.Settings;

namespace Pst.Content.Publishing;

/// <summary>
/// Turns a version of a page into what a browser shows. The public page and the editor's preview both come
/// from here, so a preview is exactly what publishing will show. A service standard takes its tariffs from the
/// schedule in force today, its complaint channels from the office settings and the satisfaction index from the
/// survey: none is typed into the page. Any page names the products on sale through <see cref="ProductWords"/>.
/// </summary>
public sealed class RenderPage(MarkdownRenderer markdown, PageStore pages, ITariffStore tariffs, ISiteSettings settings, NavigationMenu navigation, IEnumerable<IProcedureDiagram> diagrams, IEnumerable<Pst.Core.Feedback.ISatisfactionSummary> satisfaction, ProductWords products, TimeProvider clock)
{
    /// <summary>The home page: the published blocks of the reader's language, or the default texts when editors keep none.</summary>
    public async Task<PageView> RenderHomeAsync(CancellationToken cancellationToken = default)
    {
        var home = await pages.FindPublishedOfKindAsync(PageKind.Home, ContentLanguage.Current, cancellationToken)
                   ?? new Page(Guid.Empty, ContentLanguage.Current, PageKind.Home, "home", Guid.Empty, new PageText("-", ""), "", DateTimeOffset.UnixEpoch);
        return await RenderAsync(home, home.Published ?? home.Latest, null, cancellationToken);
    }

    public async Task<PageView> RenderAsync(Page page, PageVersion version, Page? translation, CancellationToken cancellationToken = default)
    {
        var words = await products.ReplacerAsync(cancellationToken);
        version = version with { Body = words(version.Body), Sections = version.Sections.ToDictionary(s => s.Key, s => words(s.Value)) };
        var sections = version.Sections
            .Where(s => s.Key != ServiceStandardSections.ShowLifecycleDiagram)
            .ToDictionary(s => s.Key, s => markdown.ToHtml(s.Value));
        if (page.Kind == PageKind.Home)
        {
            var office = await OfficeSettings.LoadAsync(settings, cancellationToken);
            return new PageView(page, version, markdown.ToHtml(version.Body), sections, null, office.ComplaintChannels, null, null)
            {
                HomeEntries = await HomeEntriesAsync(page.Language, sections, cancellationToken),
                Satisfaction = await SatisfactionAsync(cancellationToken),
            };
        }

        if (page.Kind != PageKind.ServiceStandard)
        {
            return new PageView(page, version, markdown.ToHtml(version.Body), sections, null, [], null, translation);
        }

        var book = await tariffs.LoadAsync(cancellationToken);
        var schedule = book.FindInForceOn(OfficeTime.DateOf(clock.GetUtcNow()));
        var officeSettings = await OfficeSettings.LoadAsync(settings, cancellationToken);
        var diagram = version.Section(ServiceStandardSections.ShowLifecycleDiagram) == "true" ? diagrams.FirstOrDefault()?.Svg() : null;
        return new PageView(page, version, markdown.ToHtml(version.Body), sections, schedule, officeSettings.ComplaintChannels, diagram, translation)
        {
            Satisfaction = await SatisfactionAsync(cancellationToken),
        };
    }

    private async Task<Pst.Core.Feedback.SatisfactionSummary?> SatisfactionAsync(CancellationToken cancellationToken) =>
        satisfaction.FirstOrDefault() is { } source ? await source.CurrentAsync(cancellationToken) : null;

    /// <summary>The entry points that lead somewhere now: a disabled module's is left out, and the standard's only while one is published.</summary>
    private async Task<IReadOnlyList<HomeEntry>> HomeEntriesAsync(PageLanguage language, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        var standard = await pages.FindPublishedOfKindAsync(PageKind.ServiceStandard, language, cancellationToken);
        var addresses = new Dictionary<string, string?>
        {
            ["order"] = "/katalog",
            ["queue"] = "/antrian",
            ["standard"] = standard is null ? null : SiteAddresses.Page(standard.Slug),
            ["complaints"] = "",
            ["verify"] = "/verifikasi",
        };
        var reachable = await navigation.ReachableAsync(addresses.Values.OfType<string>().Where(a => a.Length > 0), cancellationToken);
        var entries = HomeSections.EntryPoints
            .Where(key => addresses[key] is { } href && (href.Length == 0 || reachable.Contains(href)))
            .Select(key => new HomeEntry(key, addresses[key]!, texts.GetValueOrDefault(key)))
            .ToList();
        return entries;
    }
}
