using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Products.Publications;

[assembly: PstModule(typeof(PublicationsModule))]

namespace Pst.Products.Publications;

/// <summary>Publications for sale: electronic copies stamped with the buyer, printed copies for pickup where the office still sells them.</summary>
public sealed class PublicationsModule : IModule
{
    public const string Id = "Pst.Products.Publications";

    public ModuleManifest Manifest { get; } = new(Id, "Publications", "Products", "Statistical publications sold as stamped electronic copies, or printed copies for pickup.", dependencies: [Pst.Core.Products.SellingModule.Id]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IProductType, PublicationProductType>();
}
