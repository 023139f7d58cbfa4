using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Content.Editing;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>A new page (<c>?jenis=standar</c> for a service standard, <c>?jenis=beranda</c> for home page blocks, <c>?bahasa=en</c>), or the translation of one (<c>?terjemahan={id}</c>, its text to translate).</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class NewModel(PageEditor editor, PageStore pages, RenderPage render, IStringLocalizer<ContentModule> text) : PageFormModel(render, text)
{
    public const string ServiceStandardKind = "standar";
    public const string HomeKind = "beranda";
    public const string KindParameter = "jenis";
    public const string LanguageParameter = "bahasa";
    public const string TranslationParameter = "terjemahan";

    [FromQuery(Name = KindParameter)]
    public string? KindCode { get; set; }

    [FromQuery(Name = LanguageParameter)]
    public string? LanguageCode { get; set; }

    [FromQuery(Name = TranslationParameter)]
    public Guid? TranslationOf { get; set; }

    public Page? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadKindAndLanguageAsync();
        if (TranslationOf is not null && Source is null)
        {
            return NotFound();
        }

        if (Source is not null)
        {
            Form = PageForm.From(Source, Source.Latest);
            Form.Slug = null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadKindAndLanguageAsync();
        try
        {
            var page = Source is null
                ? await editor.CreateAsync(Language, Kind, Form.Slug, Form.ToText(), EditorId, HttpContext.RequestAborted)
                : await editor.TranslateAsync(Source.Id, Language, Form.Slug, Form.ToText(), EditorId, HttpContext.RequestAborted);
            TempData["Notice"] = "The draft is saved. The public sees it once it is published.";
            return Redirect(StaffAddresses.Edit(page.Id));
        }
        catch (ContentRefusedException refused)
        {
            pages.DiscardChanges();
            ModelState.AddModelError(string.Empty, Message(refused));
            return Page();
        }
    }

    protected override async Task LoadKindAndLanguageAsync()
    {
        Source = TranslationOf is { } id ? await pages.FindAsync(id, HttpContext.RequestAborted) : null;
        Kind = Source?.Kind ?? KindCode switch
        {
            ServiceStandardKind => PageKind.ServiceStandard,
            HomeKind => PageKind.Home,
            _ => PageKind.Article,
        };
        Language = Source is not null ? ContentLanguage.Other(Source.Language) : ContentLanguage.FromCode(LanguageCode) ?? PageLanguage.Indonesian;
    }
}
