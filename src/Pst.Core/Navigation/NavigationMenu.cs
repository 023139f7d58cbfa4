using System.Globalization;
using Microsoft.Extensions.Localization;
using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Security;

namespace Pst.Core.Navigation;

/// <summary>
/// Builds a menu from what the enabled modules contribute, keeping only the entries the current user may use.
/// The public main and footer menus are the editors' where they keep one; an edited entry pointing into a
/// disabled module is left out, as the module's own entry would be. A module's own entry that the editors have
/// not placed in their main menu follows it, so an enabled module is always reachable (and so are the reader's own
/// entries, such as the customer's requests and the staff area).
/// </summary>
public sealed class NavigationMenu(FeatureManager features, IPermissionChecker permissions, IStringLocalizerFactory localizers, IEnumerable<IEditedMenus> editedMenus)
{
    public async Task<IReadOnlyList<NavigationLink>> BuildAsync(NavigationArea area, CancellationToken cancellationToken = default)
    {
        var edited = area == NavigationArea.Public ? await EditedAsync(footer: false, cancellationToken) : null;
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var entries = new List<(NavigationItem Item, IModule Module)>();
        foreach (var module in features.Graph.Ordered.Where(m => enabled.Contains(m.Manifest.Id)))
        {
            foreach (var item in module.Navigation.Where(i => i.Area == area))
            {
                if (!Placed(edited, item.Url) && (item.Permission is null || await permissions.HasAsync(item.Permission, cancellationToken)))
                {
                    entries.Add((item, module));
                }
            }
        }

        var links = entries
            .OrderBy(e => e.Item.Order)
            .Select(e => new NavigationLink(localizers.Create(e.Module.TextResource)[e.Item.Text], e.Item.Url));
        return [.. edited ?? [], .. links];
    }

    /// <summary>The editors' footer menu in the reader's language; empty when they keep none.</summary>
    public async Task<IReadOnlyList<NavigationLink>> BuildFooterAsync(CancellationToken cancellationToken = default) =>
        await EditedAsync(footer: true, cancellationToken) ?? [];

    private async Task<IReadOnlyList<NavigationLink>?> EditedAsync(bool footer, CancellationToken cancellationToken)
    {
        var source = editedMenus.FirstOrDefault();
        if (source is null || await source.LoadAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, footer, cancellationToken) is not { } links)
        {
            return null;
        }

        return Keep(links, await DisabledAddressesAsync(cancellationToken));
    }

    /// <summary>The addresses that lead somewhere: those into a disabled module (its pages answer 404) are left out.</summary>
    public async Task<IReadOnlySet<string>> ReachableAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        var disabled = await DisabledAddressesAsync(cancellationToken);
        return urls.Where(u => !IntoDisabled(u, disabled)).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<List<string>> DisabledAddressesAsync(CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        return features.Graph.Ordered
            .Where(m => !enabled.Contains(m.Manifest.Id))
            .SelectMany(m => m.Navigation.Where(i => i.Area == NavigationArea.Public).Select(i => i.Url))
            .ToList();
    }

    private static bool IntoDisabled(string url, List<string> disabledAddresses) =>
        disabledAddresses.Any(a => url.Equals(a, StringComparison.OrdinalIgnoreCase) || url.StartsWith(a + "/", StringComparison.OrdinalIgnoreCase));

    private static bool Placed(IReadOnlyList<NavigationLink>? edited, string url) =>
        edited is not null && edited.Any(l => l.Url.Equals(url, StringComparison.OrdinalIgnoreCase) || Placed(l.Children, url));

    private static List<NavigationLink> Keep(IReadOnlyList<NavigationLink> links, List<string> disabledAddresses) =>
        links
            .Where(l => !IntoDisabled(l.Url, disabledAddresses))
            .Select(l => l with { Children = Keep(l.Children, disabledAddresses) })
            .Where(l => l.Url.Length > 0 || l.Children.Count > 0)
            .ToList();
}
