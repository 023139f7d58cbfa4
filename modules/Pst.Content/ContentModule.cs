using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Content.Caching;
using Pst.Content.Editing;
using Pst.Content.Menus;
using Pst.Content.Persistence;
using Pst.Content.Publishing;
using Pst.Content.Recipes;
using Pst.Content.Rendering;
using Pst.Content;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Recipes;
using Pst.Core.Security;
using Pst.Data;

[assembly: PstModule(typeof(ContentModule))]

namespace Pst.Content;

/// <summary>
/// The public information of the site that editors keep: pages (articles and service standards) with versions,
/// menus per language, and the home page. Part of the core: the site's service standard must always be readable.
/// </summary>
public sealed class ContentModule : IModule
{
    public const string Id = "Pst.Content";

    public ModuleManifest Manifest { get; } = new(Id, "Content", "Core", "Pages, service standards and menus kept by content editors.", isCore: true);

    public IEnumerable<Permission> Permissions => ContentPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Public, "Search", "/cari", Order: 90),
        new(NavigationArea.Admin, "Pages", "/admin/halaman", Order: 60, Permission: ContentPermissions.Edit),
        new(NavigationArea.Admin, "Menus", "/admin/menu", Order: 62, Permission: ContentPermissions.Publish),
        new(NavigationArea.Admin, "Images and files", "/admin/media", Order: 61, Permission: ContentPermissions.Edit),
    ];

    /// <summary>Uploaded images and PDFs, public at <c>/media/{id}</c> (ids are unguessable; what a page shows is meant to be seen).</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Media.MediaAddresses.Prefix + "{id}", Media.ServeMedia.HandleAsync);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, ContentModel>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PageStore>();
        services.AddScoped<Media.MediaLibrary>();
        services.AddScoped<Search.PageSearchIndex>();
        services.AddScoped<PageEditor>();
        services.AddScoped<RenderPage>();
        services.AddScoped<ProductWords>();
        services.AddSingleton<ContentCache>();
        services.AddSingleton<Pst.Core.Content.IPublicPageCache>(sp => sp.GetRequiredService<ContentCache>());
        services.AddScoped<SiteMenus>();
        services.AddScoped<IEditedMenus>(sp => sp.GetRequiredService<SiteMenus>());
        services.AddScoped<IRecipeStep, PagesRecipeStep>();
        services.AddScoped<IRecipeStep, MenusRecipeStep>();
        ContentCache.AddPolicy(services);
    }
}

/// <summary>What the content pages check.</summary>
public static class ContentPermissions
{
    /// <summary>Write pages and their drafts, preview them, read their history and restore old versions as drafts.</summary>
    public const string Edit = "content.edit";

    /// <summary>Put pages on the public site or take them off, and change the menus (both are public at once).</summary>
    public const string Publish = "content.publish";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(Edit, "Write and edit pages", IsStaff: true),
        new(Publish, "Publish pages and change the menus", IsStaff: true),
    ];
}
