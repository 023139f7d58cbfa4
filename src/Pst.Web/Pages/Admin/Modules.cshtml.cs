using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Features;
using Pst.Web.Admin;
using Pst.Web.Localization;
using Pst.Core.Security;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin;

/// <summary>The installed modules by category; enabling one also enables what it needs, and a refused change says why.</summary>
[RequirePermission(AdminPermissions.ManageModules)]
public sealed class ModulesModel(FeatureManager features, IStringLocalizerFactory localizers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<ModuleRow> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostEnableAsync(string id) => await ChangeAsync(async () =>
    {
        var switched = await features.EnableAsync(id, HttpContext.RequestAborted);
        Message = localizer["Enabled: {0}.", string.Join(", ", switched.Select(NameOf))];
    });

    public async Task<IActionResult> OnPostDisableAsync(string id) => await ChangeAsync(async () =>
    {
        await features.DisableAsync(id, HttpContext.RequestAborted);
        Message = localizer["Disabled: {0}.", NameOf(id)];
    });

    private async Task<IActionResult> ChangeAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (FeatureChangeRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, localizer[refused.MessageKey, refused.Arguments.Select(a => a is string id ? NameOf(id) : a).ToArray()]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var enabled = await features.GetEnabledAsync(HttpContext.RequestAborted);
        Rows = features.Graph.Ordered
            .Select(m =>
            {
                var text = localizers.Create(m.TextResource);
                return new ModuleRow(
                    m.Manifest.Id,
                    text[m.Manifest.DisplayName],
                    text[m.Manifest.Category],
                    text[m.Manifest.Description],
                    m.Manifest.Dependencies.Select(NameOf).ToList(),
                    m.Manifest.IsCore,
                    enabled.Contains(m.Manifest.Id));
            })
            .OrderBy(r => r.Category, StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>A module's localised name, or the id as given when there is no such module.</summary>
    private string NameOf(string id) =>
        features.Graph.Find(id) is { } module ? localizers.Create(module.TextResource)[module.Manifest.DisplayName] : id;
}

public sealed record ModuleRow(string Id, string Name, string Category, string Description, IReadOnlyList<string> Needs, bool IsCore, bool Enabled);
