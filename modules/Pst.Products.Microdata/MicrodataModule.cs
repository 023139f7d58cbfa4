using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Products.Microdata;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Data;
using Pst.Products.Microdata.Downloads;
using Pst.Products.Microdata.Persistence;
using Pst.Products.Microdata.Pricing;
using Pst.Products.Microdata.Recipes;

[assembly: PstModule(typeof(MicrodataModule))]

namespace Pst.Products.Microdata;

/// <summary>Microdata for sale: datasets with their dictionaries, extracts by kabupaten/kota and variable, priced by the bytes delivered.</summary>
public sealed class MicrodataModule : IModule
{
    public const string Id = "Pst.Products.Microdata";

    public ModuleManifest Manifest { get; } = new(Id, "Microdata", "Products", "Survey microdata sold as extracts by kabupaten/kota and variable online, or as the full set at the desk, priced by delivered size.", dependencies: [Pst.Core.Products.SellingModule.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, MicrodataModel>();
        services.AddScoped<IProductType, MicrodataProductType>();
        services.AddScoped<IProductType, Tabulation.TabulationProductType>();
        services.AddScoped<DictionaryStore>();
        services.AddSingleton<MicrodataSources>();
        services.AddScoped<IRecipeStep, MicrodataRecipeStep>();
        services.AddSingleton<ISettingDefinition, MicrodataSettingDefinition>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/katalog/{code}/unduh/{kind}", ServeCatalogueFile.HandleAsync);
}
