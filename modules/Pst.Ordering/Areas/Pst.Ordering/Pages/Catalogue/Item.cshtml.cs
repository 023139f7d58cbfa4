using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Ordering.Catalogue;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Catalogue;

/// <summary>One catalogue item: its facts, its choices and the itemised price under the tariff in force today.</summary>
public sealed class ItemModel(CatalogueBrowser browser, QuoteItem quotes) : PageModel
{
    public CatalogueItem Item { get; private set; } = null!;

    public string TypeName { get; private set; } = "";

    public IStringLocalizer TypeTexts { get; private set; } = null!;

    public IReadOnlyList<ItemFact> Facts { get; private set; } = [];

    public IReadOnlyList<ChoiceDefinition> Choices { get; private set; } = [];

    public ItemQuote Price { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await browser.FindAsync(code, HttpContext.RequestAborted) is not var (item, type))
        {
            return NotFound();
        }

        Item = item;
        TypeName = browser.TypeName(type);
        TypeTexts = browser.TextsOf(type);
        Facts = type.DescribeItem(item);
        Choices = type.DescribeChoices(item, Core.Kernel.SalesChannel.Online);
        Price = await quotes.ForDefaultChoicesAsync(item, type, HttpContext.RequestAborted);
        return Page();
    }
}
