using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Features;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Admin;

/// <summary>
/// The installed modules by category; enabling one also enables what it needs, and a refused change says why.
/// Switching off a product module that open requests hold asks for confirmation first, saying how many: they are
/// still served, only new sales stop. Every change redirects back (a reload never repeats it).
/// </summary>
[RequirePermission(AdminPermissions.ManageModules)]
public sealed class ModulesModel(
    FeatureManager features,
    ProductTypeRegistry productTypes,
    IEnumerable<IOpenRequests> openRequests,
    IStringLocalizerFactory localizers,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<ModuleRow> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    /// <summary>The module waiting for the administrator to confirm switching it off, with the open requests it holds.</summary>
    public (string Id, string Name, int OpenRequests)? Confirming { get; private set; }

    public async Task OnGetAsync(string? nonaktifkan)
    {
        await LoadAsync();
        if (Rows.FirstOrDefault(r => r.Id == nonaktifkan && r.Enabled && r.OpenRequests > 0) is { } row)
        {
            Confirming = (row.Id, row.Name, row.OpenRequests);
        }
    }

    public async Task<IActionResult> OnPostEnableAsync(string id) => await ChangeAsync(async () =>
    {
        var switched = await features.EnableAsync(id, HttpContext.RequestAborted);
        Message = localizer["Enabled: {0}.", string.Join(", ", switched.Select(NameOf))];
    });

    public async Task<IActionResult> OnPostDisableAsync(string id, bool confirmed)
    {
        if (!confirmed && await CountOpenRequestsAsync(id) > 0)
        {
            return Redirect("/admin/modul?nonaktifkan=" + Uri.EscapeDataString(id));
        }

        return await ChangeAsync(async () =>
        {
            await features.DisableAsync(id, HttpContext.RequestAborted);
            Message = localizer["Disabled: {0}.", NameOf(id)];
        });
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (FeatureChangeRefusedException refused)
        {
            Refusal = localizer[refused.MessageKey, refused.Arguments.Select(Show).ToArray()];
        }

        return Redirect("/admin/modul");
    }

    private object Show(object argument) => argument switch
    {
        string id => NameOf(id),
        IEnumerable<string> ids => string.Join(", ", ids.Select(NameOf)),
        _ => argument,
    };

    private async Task LoadAsync()
    {
        var enabled = await features.GetEnabledAsync(HttpContext.RequestAborted);
        var rows = new List<ModuleRow>();
        foreach (var m in features.Graph.Ordered)
        {
            var text = localizers.Create(m.TextResource);
            var on = enabled.Contains(m.Manifest.Id);
            rows.Add(new ModuleRow(
                m.Manifest.Id,
                text[m.Manifest.DisplayName],
                text[m.Manifest.Category],
                text[m.Manifest.Description],
                m.Manifest.Dependencies.Select(NameOf).ToList(),
                m.Manifest.IsCore,
                on,
                on && !m.Manifest.IsCore ? await CountOpenRequestsAsync(m.Manifest.Id) : 0));
        }

        Rows = rows.OrderBy(r => r.Category, StringComparer.CurrentCulture).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The open requests holding lines of the module's product types (none for a module that sells nothing).</summary>
    private async Task<int> CountOpenRequestsAsync(string moduleId)
    {
        var types = productTypes.OfModule(moduleId).Select(t => t.Id).ToList();
        var count = 0;
        foreach (var requests in types.Count == 0 ? [] : openRequests)
        {
            count += await requests.CountHoldingAsync(types, HttpContext.RequestAborted);
        }

        return count;
    }

    /// <summary>A module's localised name, or the id as given when there is no such module.</summary>
    private string NameOf(string id) =>
        features.Graph.Find(id) is { } module ? localizers.Create(module.TextResource)[module.Manifest.DisplayName] : id;
}

/// <param name="OpenRequests">Sent, unfinished requests holding this module's products.</param>
public sealed record ModuleRow(string Id, string Name, string Category, string Description, IReadOnlyList<string> Needs, bool IsCore, bool Enabled, int OpenRequests);
