using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Core.Tests.Features;

namespace Pst.Core.Tests.Navigation;

public sealed class NavigationMenuTests
{
    private sealed class MenuModule(string id, params NavigationItem[] items) : IModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, "Test", "Test");

        public IEnumerable<NavigationItem> Navigation => items;
    }

    private sealed class Holder(params string[] permissions) : IPermissionChecker
    {
        public Task<bool> HasAsync(string permission, CancellationToken cancellationToken = default) => Task.FromResult(permissions.Contains(permission));
    }

    private static readonly ModuleGraph Graph = ModuleGraph.Build(
    [
        new MenuModule("Catalogue", new NavigationItem(NavigationArea.Public, "Catalogue", "/katalog", Order: 20), new NavigationItem(NavigationArea.Admin, "Tariffs", "/admin/tarif", Permission: "tariffs.manage")),
        new MenuModule("Queue", new NavigationItem(NavigationArea.Public, "Queue", "/antrian", Order: 10), new NavigationItem(NavigationArea.Admin, "Counters", "/admin/loket", Permission: "counters.manage")),
    ]);

    private sealed class EditedMenu(params NavigationLink[] links) : IEditedMenus
    {
        public Task<IReadOnlyList<NavigationLink>?> LoadAsync(string language, bool footer, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<NavigationLink>?>(footer ? null : links);
    }

    private static Task<IReadOnlyList<string>> UrlsAsync(NavigationArea area, IPermissionChecker permissions, params string[] disabled) =>
        UrlsAsync(area, permissions, null, disabled);

    private static async Task<IReadOnlyList<string>> UrlsAsync(NavigationArea area, IPermissionChecker permissions, IEditedMenus? edited, params string[] disabled)
    {
        var store = new InMemoryFeatureStore();
        foreach (var id in disabled)
        {
            await store.SetEnabledAsync(id, false);
        }

        var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var menu = new NavigationMenu(new FeatureManager(Graph, store, []), permissions, localizers, edited is null ? [] : [edited]);
        return (await menu.BuildAsync(area)).SelectMany(l => l.Children.Prepend(l)).Select(l => l.Url).ToList();
    }

    [Fact]
    public async Task Entries_come_from_every_enabled_module_in_their_order()
    {
        Assert.Equal(["/antrian", "/katalog"], await UrlsAsync(NavigationArea.Public, new Holder()));
    }

    [Fact]
    public async Task A_disabled_module_takes_its_entries_away()
    {
        Assert.Equal(["/katalog"], await UrlsAsync(NavigationArea.Public, new Holder(), "Queue"));
        Assert.Equal(["/admin/tarif"], await UrlsAsync(NavigationArea.Admin, new Holder("tariffs.manage", "counters.manage"), "Queue"));
    }

    [Fact]
    public async Task Entries_that_need_a_permission_show_only_to_those_who_hold_it()
    {
        Assert.Empty(await UrlsAsync(NavigationArea.Admin, new Holder()));
        Assert.Equal(["/admin/loket"], await UrlsAsync(NavigationArea.Admin, new Holder("counters.manage")));
    }

    [Fact]
    public async Task The_editors_menu_comes_first_without_links_into_a_disabled_module_and_unplaced_module_entries_follow_it()
    {
        var edited = new EditedMenu(
            new NavigationLink("Standar", "/halaman/standar-pelayanan"),
            new NavigationLink("Layanan", "") { Children = [new NavigationLink("Antrian", "/antrian"), new NavigationLink("Loket", "/antrian/loket-1")] });

        Assert.Equal(["/halaman/standar-pelayanan", "", "/antrian", "/antrian/loket-1", "/katalog"], await UrlsAsync(NavigationArea.Public, new Holder(), edited));
        // With the queue disabled its links go, and the group left without entries goes with them.
        Assert.Equal(["/halaman/standar-pelayanan", "/katalog"], await UrlsAsync(NavigationArea.Public, new Holder(), edited, "Queue"));
        // The staff menu is never the editors'.
        Assert.Equal(["/admin/loket"], await UrlsAsync(NavigationArea.Admin, new Holder("counters.manage"), edited));
    }
}
