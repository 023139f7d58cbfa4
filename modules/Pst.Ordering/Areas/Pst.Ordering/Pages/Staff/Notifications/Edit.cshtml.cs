using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Ordering.Notifications;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff.Notifications;

/// <summary>
/// Edits one template: the subject and text in Liquid, shown as an example e-mail before saving. A template that
/// does not parse is refused with the reason, and the saved one stays in force.
/// </summary>
[RequirePermission(OrderingPermissions.ManageNotifications)]
internal sealed class EditModel(NotificationTemplates templates, IStringLocalizer<OrderingModule> text) : PageModel
{
    private static readonly IReadOnlyDictionary<string, object?> Example = new Dictionary<string, object?>
    {
        ["request"] = new Dictionary<string, object?> { ["number"] = "PST-2026-00042", ["link"] = "https://pst.example/permintaan/…", ["state"] = "…" },
        ["customer"] = new Dictionary<string, object?> { ["name"] = "Siti Rahayu" },
        ["reason"] = "…",
        ["due_date"] = "30 Maret 2026",
        ["billing"] = new Dictionary<string, object?> { ["code"] = "82026 11240 00123", ["amount"] = "Rp80.000,00", ["expires"] = "1 Desember 2026 pukul 10.00 WIB" },
    };

    [BindProperty]
    public string Subject { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "";

    public NotificationEvent Event { get; private set; }

    public string Language { get; private set; } = "";

    public RenderedMail? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        var template = await templates.GetAsync(Event, Language, HttpContext.RequestAborted);
        (Subject, Body) = (template.Subject, template.Body);
        Preview = await TemplateRenderer.RenderAsync(template, Example);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        if (await templates.SaveAsync(Event, Language, Subject, Body, HttpContext.RequestAborted) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, text["The template cannot be saved: {0}", text[refusal]]);
            return Page();
        }

        TempData["Notice"] = "The template is saved.";
        return Redirect($"/admin/notifikasi/{Event}/{Language}");
    }

    public async Task<IActionResult> OnPostResetAsync(string @event, string language)
    {
        if (!Select(@event, language))
        {
            return NotFound();
        }

        await templates.ResetAsync(Event, Language, HttpContext.RequestAborted);
        TempData["Notice"] = "The default template is back in force.";
        return Redirect($"/admin/notifikasi/{Event}/{Language}");
    }

    private bool Select(string @event, string language)
    {
        if (!Enum.TryParse<NotificationEvent>(@event, out var parsed) || !Enum.IsDefined(parsed) || !DefaultTemplates.Languages.Contains(language))
        {
            return false;
        }

        (Event, Language) = (parsed, language);
        return true;
    }
}
