using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Products.Maps;
using Pst.Products.Maps.Boundaries;
using Pst.Products.Maps.Catalogue;
using Pst.Products.Maps.Persistence;
using Pst.Products.Maps.Screen;

[assembly: PstModule(typeof(MapsModule))]

namespace Pst.Products.Maps;

/// <summary>Digital maps of statistical work areas: the boundary layers and their editions, the product type, the screen layer of the map page.</summary>
public sealed class MapsModule : IModule
{
    public const string Id = "Pst.Products.Maps";

    public ModuleManifest Manifest { get; } = new(Id, "Maps", "Products", "Digital maps of statistical work areas by kabupaten/kota, at kecamatan or desa level, picked on a map and delivered as Shapefile, GeoPackage, GeoJSON and a printed PDF map.", dependencies: [Pst.Core.Products.SellingModule.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, MapsModel>();
        services.AddScoped<BoundaryStore>();
        services.AddSingleton<BoundaryCache>();
        services.AddScoped<IRecipeStep, BoundariesRecipeStep>();
        services.AddScoped<IProductType, MapProductType>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(MapAddresses.RegencyLayer, ServeRegencyLayer.HandleAsync);
}
