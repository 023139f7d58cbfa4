using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Navigation;
using Pst.Core.Security;

namespace Pst.Core.Modules;

/// <summary>
/// The one startup class of a module. It is found through <see cref="PstModuleAttribute"/> on its assembly.
/// Services are registered whether or not the module is enabled (so that enabling needs no restart);
/// what a disabled module exposes is cut off at the edge: its endpoints answer 404, its navigation disappears
/// and its product types are not offered.
/// </summary>
public interface IModule
{
    ModuleManifest Manifest { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Maps minimal-API endpoints. Razor pages of the module's area are found by the host.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>The permissions this module checks; administrators grant them to roles.</summary>
    IEnumerable<Permission> Permissions => [];

    /// <summary>The menu entries this module adds to the public site or the staff area.</summary>
    IEnumerable<NavigationItem> Navigation => [];

    /// <summary>The resource type whose texts localise the manifest, permissions and menu entries (by default the module class itself).</summary>
    Type TextResource => GetType();
}
