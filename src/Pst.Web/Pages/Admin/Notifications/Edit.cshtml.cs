using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Notifications;
using Pst.Core.Security;
using Pst.Data.Notifications;
using Pst.Web.Admin;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Admin.Notifications;

/// <summary>
/// Edits one template: the subject and text in Liquid, shown as an example e-mail (with the example values its
/// module declares) before saving. A template that does not parse is refused with the reason, and the saved one stays
/// in force.
/// </summary>
[RequirePermission(AdminPermissions.ManageNotifications)]
public sealed class EditModel(NotificationCatalogue catalogue, NotificationTemplates templates, IStringLocalizer<SharedResource> text, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public string Subject { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "";

    public NotificationDefinition Notification { get; private set; } = null!;

    public string Name => new NotificationNames(localizers).Of(Notification);

    public string Language { get; private set; } = "";

    public RenderedMail? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        var template = await templates.GetAsync(Notification, Language, HttpContext.RequestAborted);
        (Subject, Body) = (template.Subject, template.Body);
        Preview = await TemplateRenderer.RenderAsync(template, Notification.Example);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        if (await templates.SaveAsync(Notification, Language, Subject, Body, HttpContext.RequestAborted) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text["The template cannot be saved: {0}", text[refusal]]);
            return Page();
        }

        TempData["Notice"] = "The template is saved.";
        return Redirect($"/admin/notifikasi/{Notification.Key}/{Language}");
    }

    public async Task<IActionResult> OnPostResetAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        await templates.ResetAsync(Notification, Language, HttpContext.RequestAborted);
        TempData["Notice"] = "The default template is back in force.";
        return Redirect($"/admin/notifikasi/{Notification.Key}/{Language}");
    }

    private bool Select(string @event, string language)
    {
        if (catalogue.Find(@event) is not { } notification || !NotificationDefinition.Languages.Contains(language))
        {
            return false;
        }

        (Notification, Language) = (notification, language);
        return true;
    }
}
