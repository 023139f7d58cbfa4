using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Content.Editing;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>Every version of a page with who saved it and when; the lines that differ between any two; restoring an old one as a new draft.</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class HistoryModel(PageStore pages, PageEditor editor, IStringLocalizer<ContentModule> text) : PageModel
{
    public const string FromParameter = "dari";
    public const string ToParameter = "ke";

    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = FromParameter)]
    public int? From { get; set; }

    [FromQuery(Name = ToParameter)]
    public int? To { get; set; }

    public global::Pst.Content.Pages.Page Entry { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Editors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The parts that changed between the two versions compared, or null when no two different versions are chosen.</summary>
    public IReadOnlyList<DiffPart>? Differences { get; private set; }

    /// <summary>A part's name as the editor's form labels it ("Prosedur — Datang langsung"), never its storage key.</summary>
    public string LabelOf(string key) => key switch
    {
        VersionDiff.Title => text["Title"],
        VersionDiff.Summary => text["Summary for search engines"],
        VersionDiff.Body => Entry.Kind == PageKind.ServiceStandard ? text["Introduction"] : text["Text"],
        ServiceStandardSections.ShowLifecycleDiagram => text["Show the diagram of the request lifecycle beside the steps"],
        _ when HomeSections.All.Contains(key) => text["HomeBlock." + key],
        _ when key.Split('.') is [var component, var channel] =>
            $"{text["ServiceComponent." + component]} — {text["ServiceChannel." + (channel == "walkIn" ? ServiceChannel.WalkIn : ServiceChannel.Online)]}",
        _ => text["ServiceComponent." + key],
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await pages.FindAsync(Id, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        await LoadAsync(page);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number)
    {
        try
        {
            var version = await editor.RestoreAsync(Id, number, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "", HttpContext.RequestAborted);
            TempData["Notice"] = "The old text is the newest version now. The public sees it once it is published.";
            return Redirect(StaffAddresses.Edit(Id));
        }
        catch (ContentRefusedException refused)
        {
            pages.DiscardChanges();
            if (await pages.FindAsync(Id, HttpContext.RequestAborted) is not { } page)
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            await LoadAsync(page);
            return Page();
        }
    }

    private async Task LoadAsync(global::Pst.Content.Pages.Page page)
    {
        Entry = page;
        Editors = await pages.EditorNamesAsync(page.Versions.Select(v => v.EditorId), HttpContext.RequestAborted);
        // Without a choice: the newest version against the one before it (or the public one).
        To ??= page.Latest.Number;
        From ??= page.PublishedNumber is { } published && published != To ? published : Math.Max(1, To.Value - 1);
        if (page.Version(From.Value) is { } older && page.Version(To.Value) is { } newer && older.Number != newer.Number)
        {
            Differences = VersionDiff.Compare(page.Kind, older, newer);
        }
    }
}
