using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Pst.Content.Pages;
using Pst.Content.Search;

namespace Pst.Content.Areas.Pst.Content.Pages.Public;

/// <summary><c>/cari?q=…</c>: published pages of both languages whose title or text hold every word, the reader's language first, best first, the words marked.</summary>
[AllowAnonymous]
public sealed class SearchModel(PageSearchIndex index) : PageModel
{
    public const string QueryParameter = "q";

    [FromQuery(Name = QueryParameter)]
    public string? Query { get; set; }

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    public bool Searched { get; private set; }

    public async Task OnGetAsync()
    {
        var query = SearchQuery.Parse(Query);
        Searched = !query.IsEmpty;
        Results = await index.SearchAsync(query, ContentLanguage.Current, HttpContext.RequestAborted);
    }
}
