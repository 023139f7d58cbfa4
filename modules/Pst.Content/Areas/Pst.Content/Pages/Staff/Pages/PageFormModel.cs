using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Content.Editing;
using Pst.Content.Pages;
using Pst.Content.Publishing;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Pages;

/// <summary>What the new-page and edit-page screens share: the form, the live preview, and turning a refusal into a message.</summary>
public abstract class PageFormModel(RenderPage render, IStringLocalizer<ContentModule> text) : PageModel
{
    [BindProperty]
    public PageForm Form { get; set; } = new();

    public PageKind Kind { get; protected set; }

    public PageLanguage Language { get; protected set; }

    /// <summary>The live preview: the posted text rendered exactly as the public page renders it, as an HTML fragment.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await LoadKindAndLanguageAsync();
        try
        {
            var draft = new global::Pst.Content.Pages.Page(Guid.Empty, Language, Kind, "preview", Guid.Empty, Form.ToText(), EditorId, DateTimeOffset.UtcNow);
            return Partial("_PageBody", await render.RenderAsync(draft, draft.Latest, null, HttpContext.RequestAborted));
        }
        catch (ContentRefusedException refused)
        {
            return Content($"<p class=\"alert alert-warning\" role=\"status\">{System.Net.WebUtility.HtmlEncode(Message(refused))}</p>", "text/html; charset=utf-8");
        }
    }

    protected string EditorId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The kind and language the posted form is for (from the page, or from the new-page request).</summary>
    protected abstract Task LoadKindAndLanguageAsync();

    protected string Message(ContentRefusedException refused) => text[refused.MessageKey, [.. refused.Arguments]];
}
