using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.TestModules.Notices;

[assembly: PstModule(typeof(NoticesTestModule))]

namespace Pst.TestModules.Notices;

/// <summary>A module that lives only in the test host, to switch off and on at run time.</summary>
public sealed class NoticesTestModule : IModule
{
    public const string Id = "Test.Notices";

    public ModuleManifest Manifest { get; } = new(Id, "Notices", "Test", "A module of the test host");

    public IEnumerable<NavigationItem> Navigation => [new(NavigationArea.Public, "Notices", "/pengumuman", Order: 50)];

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/test-notices", () => Results.Text("Pengumuman"));

        // Fails on purpose, to show how a failure reaches an API client and a person.
        endpoints.MapGet("/api/test-notices/failure", string () => throw new InvalidOperationException("secret detail of a failure"));
        endpoints.MapGet("/test-notices/failure", string () => throw new InvalidOperationException("secret detail of a failure"));
    }
}
