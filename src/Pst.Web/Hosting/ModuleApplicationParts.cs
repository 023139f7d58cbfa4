using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Pst.Core.Modules;

namespace Pst.Web.Hosting;

/// <summary>Makes the Razor pages of every module's class library part of the site, whether or not the host references it directly.</summary>
internal static class ModuleApplicationParts
{
    public static void Add(ApplicationPartManager parts, ModuleGraph graph)
    {
        foreach (var assembly in graph.Ordered.Select(m => m.GetType().Assembly).Distinct())
        {
            if (parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                continue;
            }

            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }
}
