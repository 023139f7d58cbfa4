using Microsoft.Extensions.Localization;
using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Security;

namespace Pst.Core.Navigation;

/// <summary>Builds a menu from what the enabled modules contribute, keeping only the entries the current user may use.</summary>
public sealed class NavigationMenu(FeatureManager features, IPermissionChecker permissions, IStringLocalizerFactory localizers)
{
    public async Task<IReadOnlyList<NavigationLink>> BuildAsync(NavigationArea area, CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var entries = new List<(NavigationItem Item, IModule Module)>();
        foreach (var module in features.Graph.Ordered.Where(m => enabled.Contains(m.Manifest.Id)))
        {
            foreach (var item in module.Navigation.Where(i => i.Area == area))
            {
                if (item.Permission is null || await permissions.HasAsync(item.Permission, cancellationToken))
                {
                    entries.Add((item, module));
                }
            }
        }

        return entries
            .OrderBy(e => e.Item.Order)
            .Select(e => new NavigationLink(localizers.Create(e.Module.TextResource)[e.Item.Text], e.Item.Url))
            .ToList();
    }
}
