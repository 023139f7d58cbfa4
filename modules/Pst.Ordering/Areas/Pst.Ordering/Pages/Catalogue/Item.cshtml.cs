using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Catalogue;

/// <summary>
/// One catalogue item: its facts, its choices and the itemised price under the tariff in force today, following
/// the choices as they change. With
/// <c>?meja={request}</c> an officer at the walk-in desk shows it to the visitor and adds it to their request, with
/// the choices sold at the desk. With <c>?koreksi={request}&amp;baris={line}</c> an officer answering a product
/// correction changes that line's choices (<see cref="ChangeLineChoices"/>), starting from those delivered.
/// </summary>
[AllowAnonymous]
internal sealed class ItemModel(
    CatalogueBrowser browser,
    QuoteItem quotes,
    CurrentActor actors,
    DraftRequests drafts,
    IPermissionChecker permissions,
    global::Pst.Ordering.Persistence.RequestStore requests,
    Core.Messaging.IMessages messages,
    IStringLocalizer<OrderingModule> text) : PageModel
{
    /// <summary>The query parameter naming the walk-in request, when an officer adds to it at the desk.</summary>
    public const string DeskParameter = "meja";

    /// <summary>The walk-in request the officer adds to, when at the desk.</summary>
    [BindProperty(SupportsGet = true, Name = DeskParameter)]
    public Guid? DeskRequest { get; set; }

    /// <summary>The query parameters naming the request and the line an officer corrects.</summary>
    public const string CorrectionParameter = "koreksi", CorrectionLineParameter = "baris";

    /// <summary>The request whose line the officer corrects, with <see cref="CorrectionLine"/>.</summary>
    [BindProperty(SupportsGet = true, Name = CorrectionParameter)]
    public Guid? CorrectionRequest { get; set; }

    [BindProperty(SupportsGet = true, Name = CorrectionLineParameter)]
    public int? CorrectionLine { get; set; }

    /// <summary>The number of the request being corrected, for the page's heading and link back.</summary>
    public string? CorrectionNumber { get; private set; }

    public CatalogueItem Item { get; private set; } = null!;

    public string TypeName { get; private set; } = "";

    public IStringLocalizer TypeTexts { get; private set; } = null!;

    public IReadOnlyList<ItemFact> Facts { get; private set; } = [];

    public IReadOnlyList<ItemLink> Links { get; private set; } = [];

    public IReadOnlyList<ChoiceDefinition> Choices { get; private set; } = [];

    public ItemQuote Price { get; private set; } = null!;

    /// <summary>The choices as posted, when the page comes back with an error; null on a fresh page.</summary>
    private LineChoices? _posted;

    /// <summary>What the form shows as chosen: what the customer posted when the page comes back with an error, the item's defaults otherwise.</summary>
    public IReadOnlyList<string> Selected(ChoiceDefinition choice) => _posted is { } posted ? posted.Many(choice.Key) : choice.Defaults();

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        if (CorrectionRequest is null)
        {
            return Page();
        }

        if (!await permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        // The form starts from what was delivered.
        return await CorrectedLineAsync() is { } line ? await AgainAsync(line.Choices) : NotFound();
    }

    /// <summary>Adds the item with the chosen options to the customer's draft request (the cart).</summary>
    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (CorrectionRequest is not null)
        {
            return await CorrectAsync(code);
        }

        var actor = DeskRequest is null
            ? await actors.CustomerAsync(User, HttpContext.RequestAborted)
            : await permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted) ? actors.Officer(User) : null;
        if (actor is null)
        {
            return Forbid();
        }

        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        var choices = PostedChoices();
        AddToRequestOutcome? outcome;
        try
        {
            outcome = await drafts.AddAsync(actor, code, choices, DeskRequest, HttpContext.RequestAborted);
        }
        catch (TransitionRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, RefusalText.Of(text, refused));
            return await AgainAsync(choices);
        }

        switch (outcome)
        {
            case null:
                return NotFound();
            case { RequestId: { } requestId } when DeskRequest is not null:
                TempData["Notice"] = "The product is in the visitor's request.";
                return Redirect($"/admin/permintaan/{requestId}");
            case { RequestId: { } requestId }:
                TempData["Notice"] = "The product is in your request. Add more, or upload the documents and send it.";
                return Redirect($"/permintaan/{requestId}");
            case var refused:
                foreach (var error in refused.Errors)
                {
                    // A choice's label given as an argument ("Choose {0}.") is one of the type's texts too.
                    ModelState.AddModelError("choice." + error.ChoiceKey, TypeTexts[error.Message, [.. error.Arguments.Select(a => a is string text ? TypeTexts[text].Value : a)]]);
                }

                return await AgainAsync(choices);
        }
    }

    /// <summary>The officer's new choices for the corrected line: taken, or the page again with why not.</summary>
    private async Task<IActionResult> CorrectAsync(string code)
    {
        if (!await permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        if (!await LoadAsync(code) || await CorrectedLineAsync() is null)
        {
            return NotFound();
        }

        var choices = PostedChoices();
        try
        {
            var errors = await messages.SendAsync(new ChangeLineChoices(CorrectionRequest!.Value, actors.Officer(User), CorrectionLine!.Value, choices), HttpContext.RequestAborted);
            foreach (var error in errors)
            {
                ModelState.AddModelError("choice." + error.ChoiceKey, TypeTexts[error.Message, [.. error.Arguments.Select(a => a is string text ? TypeTexts[text].Value : a)]]);
            }
        }
        catch (TransitionRefusedException refused)
        {
            // Its arguments may be the type's texts (a choice's label, an option's).
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments.Select(a => a is string words ? TypeTexts[words].Value : a)]]);
        }

        if (!ModelState.IsValid)
        {
            return await AgainAsync(choices);
        }

        TempData["Notice"] = "The line's choices are changed. Send the corrected product with your answer.";
        return Redirect($"/admin/permintaan/{CorrectionRequest}");
    }

    /// <summary>The line being corrected, when it is of this item; its request's number is kept for the page.</summary>
    private async Task<global::Pst.Ordering.Requests.RequestLine?> CorrectedLineAsync()
    {
        var request = await requests.FindAsync(CorrectionRequest!.Value, HttpContext.RequestAborted);
        CorrectionNumber = request?.Number;
        return request?.Lines.FirstOrDefault(l => l.Number == CorrectionLine && l.ItemCode == Item.Code);
    }

    /// <summary>
    /// The price of the choices as they stand in the form, while the customer changes them (the page asks on every
    /// change); without script the page shows the price of the choices it starts with.
    /// </summary>
    public async Task<IActionResult> OnPostPriceAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        Price = await quotes.ForChoicesAsync(Item, PostedChoices(), HttpContext.RequestAborted);
        return Partial("_ItemPrice", this);
    }

    /// <summary>The page again with the customer's choices kept and priced, so that only the fault needs fixing.</summary>
    private async Task<IActionResult> AgainAsync(LineChoices choices)
    {
        _posted = choices;
        Price = await quotes.ForChoicesAsync(Item, choices, HttpContext.RequestAborted);
        return Page();
    }

    private LineChoices PostedChoices() => new(Choices.ToDictionary(
        c => c.Key,
        c => (IReadOnlyList<string>)Request.Form["choice." + c.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList()));

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
        Links = type.DescribeLinks(item);
        Choices = await type.DescribeChoicesAsync(item, DeskRequest is null ? Core.Kernel.SalesChannel.Online : Core.Kernel.SalesChannel.WalkIn, HttpContext.RequestAborted);
        Price = await quotes.ForDefaultChoicesAsync(item, type, HttpContext.RequestAborted);
        return true;
    }
}
