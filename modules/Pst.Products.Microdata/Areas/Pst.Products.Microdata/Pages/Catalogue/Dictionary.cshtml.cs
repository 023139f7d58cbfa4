using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Pst.Core.Products;
using Pst.Products.Microdata.Catalogue;

namespace Pst.Products.Microdata.Areas.Pst.Products.Microdata.Pages.Catalogue;

/// <summary>A dataset's data dictionary, searchable by variable name and label, open to everyone before buying.</summary>
[AllowAnonymous]
public sealed class DictionaryModel(ICatalogueStore catalogue, DictionaryStore dictionaries) : PageModel
{
    /// <summary>The query parameter of the search words.</summary>
    public const string QueryParameter = "q";

    [BindProperty(SupportsGet = true, Name = QueryParameter)]
    public string? Query { get; set; }

    public CatalogueItem Item { get; private set; } = null!;

    public int Total { get; private set; }

    public IReadOnlyList<Variable> Variables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await catalogue.FindAsync(code, HttpContext.RequestAborted) is not { ProductTypeId: MicrodataProductType.TypeId } item)
        {
            return NotFound();
        }

        Item = item;
        var dictionary = await dictionaries.LoadAsync(code, HttpContext.RequestAborted);
        Total = dictionary.Variables.Count;
        Query = Query?.Trim() is { Length: > 0 and <= 100 } words ? words : null;
        Variables = dictionary.Search(Query);
        return Page();
    }
}
