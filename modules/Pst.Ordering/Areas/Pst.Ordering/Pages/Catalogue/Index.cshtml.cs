using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Ordering.Catalogue;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Catalogue;

/// <summary>The public catalogue, searchable by title and filtered by product type and year.</summary>
[AllowAnonymous]
internal sealed class IndexModel(CatalogueBrowser browser) : PageModel
{
    public CatalogueFilter Filter { get; private set; } = new(null, null, null);

    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Types { get; private set; } = [];

    public IReadOnlyList<long> Years { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? jenis, int? tahun)
    {
        var offered = await browser.OfferedTypesAsync(HttpContext.RequestAborted);
        Types = offered.Select(t => (t.Id, browser.TypeName(t))).ToList();
        Filter = new CatalogueFilter(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), offered.Any(t => t.Id == jenis) ? jenis : null, tahun);
        var all = await browser.OfferedAsync(HttpContext.RequestAborted);
        Entries = all.Where(Filter.Matches).ToList();
        Years = all.Select(e => e.Year).OfType<long>().Distinct().OrderDescending().ToList();
    }
}
