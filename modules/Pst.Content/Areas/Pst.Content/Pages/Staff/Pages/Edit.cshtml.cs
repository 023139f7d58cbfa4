using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Content.Editing;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>A page's editor: save a new version, publish it or take the page offline, reach its preview, history and translation.</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class EditModel(PageEditor editor, PageStore pages, RenderPage render, IPermissionChecker permissions, IStringLocalizer<ContentModule> text) : PageFormModel(render, text)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Page Entry { get; private set; } = null!;

    public Page? Translation { get; private set; }

    public bool MayPublish { get; private set; }

    public IReadOnlyDictionary<string, string> Editors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Form = PageForm.From(Entry, Entry.Latest);
        return Page();
    }

    public Task<IActionResult> OnPostAsync() =>
        ChangeAsync(() => editor.SaveAsync(Id, Form.Stamp, Form.Slug ?? "", Form.ToText(), EditorId, HttpContext.RequestAborted), "The draft is saved. The public sees it once it is published.", keepForm: true);

    public async Task<IActionResult> OnPostPublishAsync() =>
        await permissions.HasAsync(ContentPermissions.Publish, HttpContext.RequestAborted)
            ? await ChangeAsync(() => editor.PublishAsync(Id, EditorId, HttpContext.RequestAborted), "The page is published.")
            : Forbid();

    public async Task<IActionResult> OnPostUnpublishAsync() =>
        await permissions.HasAsync(ContentPermissions.Publish, HttpContext.RequestAborted)
            ? await ChangeAsync(() => editor.UnpublishAsync(Id, HttpContext.RequestAborted), "The page is taken off the public site.")
            : Forbid();

    protected override async Task LoadKindAndLanguageAsync()
    {
        if (await pages.FindAsync(Id, HttpContext.RequestAborted) is { } page)
        {
            (Kind, Language) = (page.Kind, page.Language);
        }
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string notice, bool keepForm = false)
    {
        try
        {
            await change();
        }
        catch (ContentRefusedException refused)
        {
            pages.DiscardChanges();
            if (!await LoadAsync())
            {
                return NotFound();
            }

            // The editor's text stays in the form (a refused save loses nothing typed); a refused publish shows the page as saved.
            if (!keepForm)
            {
                Form = PageForm.From(Entry, Entry.Latest);
            }

            ModelState.AddModelError(string.Empty, Message(refused));
            return Page();
        }

        TempData["Notice"] = notice;
        return Redirect(StaffAddresses.Edit(Id));
    }

    private async Task<bool> LoadAsync()
    {
        if (await pages.FindAsync(Id, HttpContext.RequestAborted) is not { } page)
        {
            return false;
        }

        Entry = page;
        (Kind, Language) = (page.Kind, page.Language);
        Translation = (await pages.TranslationsAsync(page.TranslationGroup, HttpContext.RequestAborted)).FirstOrDefault(p => p.Id != page.Id);
        MayPublish = await permissions.HasAsync(ContentPermissions.Publish, HttpContext.RequestAborted);
        Editors = await pages.EditorNamesAsync(page.Versions.Select(v => v.EditorId), HttpContext.RequestAborted);
        return true;
    }
}
