using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Content.Menus;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Menus;

/// <summary>The main and footer menus of each language; the chosen one edited as rows (position, text, page or address, under which entry).</summary>
[RequirePermission(ContentPermissions.Publish)]
public sealed class IndexModel(SiteMenus menus, PageStore pages, IStringLocalizer<ContentModule> text) : PageModel
{
    /// <summary>Blank rows offered for new entries.</summary>
    public const int NewRows = 3;
    public const string MenuParameter = "menu";
    public const string LanguageParameter = "language";

    [FromRoute(Name = MenuParameter)]
    public string? MenuCode { get; set; }

    [FromRoute(Name = LanguageParameter)]
    public string? LanguageCode { get; set; }

    [BindProperty]
    public List<MenuRow> Rows { get; set; } = [];

    public MenuName Menu { get; private set; }

    public PageLanguage Language { get; private set; }

    public IReadOnlyList<PageListing> PagesOfLanguage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Choose())
        {
            return NotFound();
        }

        Rows = MenuRow.FromItems(await menus.ItemsAsync(Menu, Language, HttpContext.RequestAborted));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Choose())
        {
            return NotFound();
        }

        try
        {
            await menus.ReplaceAsync(Menu, Language, MenuRow.ToEntries(Rows), User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        }
        catch (ContentRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            Rows = Rows.Where(r => !r.IsBlank).ToList();
            await LoadAsync();
            return Page();
        }

        TempData["Notice"] = "The menu is saved and shown on the site.";
        return Redirect(MenuAddresses.Edit(Menu, Language));
    }

    /// <summary>More blank rows, keeping what was typed (nothing is saved): a menu longer than the rows offered.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync()
    {
        if (!Choose())
        {
            return NotFound();
        }

        ModelState.Clear();
        Rows = Rows.Where(r => !r.IsBlank).ToList();
        await LoadAsync();
        return Page();
    }

    /// <summary>The entries a row can go under: the top-level ones with a text.</summary>
    public IReadOnlyList<MenuRow> TopLevel => Rows.Where(r => r.UnderPosition is null && !r.IsBlank && !r.Remove).ToList();

    private bool Choose()
    {
        MenuCode ??= "main";
        LanguageCode ??= "id";
        if (Enum.TryParse<MenuName>(MenuCode, ignoreCase: true, out var menu) && ContentLanguage.FromCode(LanguageCode) is { } language && MenuCode == MenuCode.ToLowerInvariant())
        {
            (Menu, Language) = (menu, language);
            return true;
        }

        return false;
    }

    private async Task LoadAsync()
    {
        var next = Rows.Count == 0 ? 10 : Rows.Max(r => r.Position) + 10;
        Rows.AddRange(Enumerable.Range(0, NewRows).Select(i => new MenuRow { Position = next + (i * 10) }));
        PagesOfLanguage = (await pages.ListAsync(HttpContext.RequestAborted)).Where(p => p.Language == Language).ToList();
    }
}
