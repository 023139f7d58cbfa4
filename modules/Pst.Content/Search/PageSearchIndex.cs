using Microsoft.EntityFrameworkCore;
using Pst.Content.Pages;
using Pst.Content.Rendering;
using Pst.Data;

namespace Pst.Content.Search;

/// <summary>
/// Full-text search over published pages, in the database's own engine: an FTS5 table on SQLite (accents folded),
/// a tsvector with the Indonesian or English configuration on PostgreSQL (words stemmed per language), a plain
/// LIKE on SQL Server. Each table is made by the engine's migration <c>ContentSearch</c>. A page's row is written
/// whenever the page is saved, and only while it is published.
/// </summary>
public sealed class PageSearchIndex(PstDbContext db, Rendering.ProductWords products)
{
    public const int MaxResults = 20;

    private sealed record Row(string Language, string Slug, string Title, string Snippet);

    private Engine Kind => db.Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => Engine.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => Engine.PostgreSql,
        _ => Engine.SqlServer,
    };

    private enum Engine
    {
        Sqlite,
        PostgreSql,
        SqlServer,
    }

    /// <summary>Writes the page's row as the public sees it now: its published version, or nothing.</summary>
    public async Task IndexAsync(Page page, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"Content_Search\" WHERE \"PageId\" = {page.Id}", cancellationToken);
        if (page.Published is not { } version || page.Kind == PageKind.Home)
        {
            return;
        }

        var language = page.Language.ToString();
        var words = await products.ReplacerAsync(cancellationToken); // the products on sale when the page is saved
        var text = string.Join("\n", new[] { version.Summary ?? "", version.Body }
            .Concat(PageSections.Of(page.Kind).Where(k => k != ServiceStandardSections.ShowLifecycleDiagram).Select(version.Section))
            .Select(t => MarkdownRenderer.ToPlainText(words(t)))
            .Where(t => t.Length > 0));
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Content_Search\" (\"PageId\", \"Language\", \"Slug\", \"Title\", \"Text\") VALUES ({page.Id}, {language}, {page.Slug}, {version.Title}, {text})",
            cancellationToken);
    }

    /// <summary>Pages holding every word, those in the reader's language first, each group best match first.</summary>
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, PageLanguage reader, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }

        var first = reader.ToString();

        var start = SearchResult.MarkStart.ToString();
        var end = SearchResult.MarkEnd.ToString();
        var rows = Kind switch
        {
            Engine.Sqlite => await db.Database.SqlQuery<Row>($"""
                SELECT "Language", "Slug", highlight("Content_Search", 3, {start}, {end}) AS "Title",
                       snippet("Content_Search", 4, {start}, {end}, '…', 24) AS "Snippet"
                FROM "Content_Search" WHERE "Content_Search" MATCH {query.ToFts5()}
                ORDER BY ("Language" = {first}) DESC, bm25("Content_Search", 0, 0, 0, 10, 1) LIMIT {MaxResults}
                """).ToListAsync(cancellationToken),
            Engine.PostgreSql => await PostgreSqlAsync(query.ToTsQuery(), first, $"StartSel={start}, StopSel={end}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"", cancellationToken),
            _ => await SqlServerAsync(query, first, cancellationToken),
        };
        return rows.Select(r => new SearchResult(Enum.Parse<PageLanguage>(r.Language), r.Slug, SearchResult.Highlighted(r.Title), SearchResult.Highlighted(r.Snippet))).ToList();
    }

    /// <summary>Each row is matched and highlighted with its own language's configuration, so "permintaan" and "requests" are both stemmed right.</summary>
    private Task<List<Row>> PostgreSqlAsync(string tsQuery, string first, string headline, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Row>($"""
            SELECT s."Language", s."Slug",
                   ts_headline(c.cfg, s."Title", to_tsquery(c.cfg, {tsQuery}), {"HighlightAll=true, " + headline}) AS "Title",
                   ts_headline(c.cfg, s."Text", to_tsquery(c.cfg, {tsQuery}), {headline}) AS "Snippet"
            FROM "Content_Search" s
            CROSS JOIN LATERAL (SELECT CASE s."Language" WHEN 'English' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END AS cfg) c
            WHERE s."Document" @@ to_tsquery(c.cfg, {tsQuery})
            ORDER BY (s."Language" = {first}) DESC, ts_rank(s."Document", to_tsquery(c.cfg, {tsQuery})) DESC, s."Title"
            LIMIT {MaxResults}
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// No full-text catalogue is assumed on SQL Server (no server runs on these machines, so this path is the one
    /// not exercised by tests): the rows are read and every word must occur; the passage is cut around the first one.
    /// </summary>
    private async Task<List<Row>> SqlServerAsync(SearchQuery query, string first, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<Row>($"SELECT \"Language\", \"Slug\", \"Title\", \"Text\" AS \"Snippet\" FROM \"Content_Search\"").ToListAsync(cancellationToken);
        return rows
            .Where(r => query.Words.All(w => (r.Title + " " + r.Snippet).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(r => r.Language == first)
            .Take(MaxResults)
            .Select(r => r with { Title = SearchResult.MarkWords(r.Title, query.Words), Snippet = SearchResult.MarkWords(SearchResult.Around(r.Snippet, query.Words), query.Words) })
            .ToList();
    }
}
