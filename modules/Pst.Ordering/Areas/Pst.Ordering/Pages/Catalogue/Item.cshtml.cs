using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Catalogue;

/// <summary>One catalogue item: its facts, its choices and the itemised price under the tariff in force today.</summary>
public sealed class ItemModel(CatalogueBrowser browser, QuoteItem quotes, CurrentActor actors, DraftRequests drafts, IStringLocalizer<OrderingModule> text) : PageModel
{
    public CatalogueItem Item { get; private set; } = null!;

    public string TypeName { get; private set; } = "";

    public IStringLocalizer TypeTexts { get; private set; } = null!;

    public IReadOnlyList<ItemFact> Facts { get; private set; } = [];

    public IReadOnlyList<ChoiceDefinition> Choices { get; private set; } = [];

    public ItemQuote Price { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code) =>
        await LoadAsync(code) ? Page() : NotFound();

    /// <summary>Adds the item with the chosen options to the customer's draft request (the cart).</summary>
    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (await actors.CustomerAsync(User, HttpContext.RequestAborted) is not { } customer)
        {
            return Forbid();
        }

        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        var choices = new LineChoices(Choices.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<string>)Request.Form["choice." + c.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList()));
        AddToRequestOutcome? outcome;
        try
        {
            outcome = await drafts.AddAsync(customer, code, choices, HttpContext.RequestAborted);
        }
        catch (TransitionRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, RefusalText.Of(text, refused));
            return Page();
        }

        switch (outcome)
        {
            case null:
                return NotFound();
            case { RequestId: { } requestId }:
                TempData["Notice"] = "The product is in your request. Add more, or upload the documents and send it.";
                return Redirect($"/permintaan/{requestId}");
            case var refused:
                foreach (var error in refused.Errors)
                {
                    ModelState.AddModelError("choice." + error.ChoiceKey, TypeTexts[error.Message, error.Arguments]);
                }

                return Page();
        }
    }

    private async Task<bool> LoadAsync(string code)
    {
        if (await browser.FindAsync(code, HttpContext.RequestAborted) is not var (item, type))
        {
            return false;
        }

        Item = item;
        TypeName = browser.TypeName(type);
        TypeTexts = browser.TextsOf(type);
        Facts = type.DescribeItem(item);
        Choices = type.DescribeChoices(item, Core.Kernel.SalesChannel.Online);
        Price = await quotes.ForDefaultChoicesAsync(item, type, HttpContext.RequestAborted);
        return true;
    }
}
