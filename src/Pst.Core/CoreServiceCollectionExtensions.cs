using Pst.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pst.Core.Calendar;
using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Core.Navigation;
using Pst.Core.Recipes;
using Pst.Core.Security;
using Pst.Core.Settings;

namespace Pst.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The module graph, features, recipe engine with its core steps, and the product-type services.</summary>
    public static IServiceCollection AddPstCore(this IServiceCollection services, ModuleGraph graph)
    {
        services.AddSingleton(graph);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMessaging();
        services.AddScoped<FeatureManager>();
        services.AddScoped<RecipeEngine>();
        services.AddScoped<IRecipeStep, FeaturesRecipeStep>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();
        services.AddScoped<IRecipeStep, RolesRecipeStep>();
        services.AddSingleton<PermissionCatalogue>();
        services.AddSingleton<Notifications.NotificationCatalogue>();
        services.AddScoped<Documents.NumberVerification>();
        services.AddScoped<NavigationMenu>();
        services.AddSingleton<ISettingDefinition, OfficeSettingDefinition>();
        services.AddSingleton<ISettingDefinition, CalendarSettingDefinition>();
        services.AddScoped<IRecipeStep, HolidaysRecipeStep>();
        services.AddScoped<IRecipeStep, TariffsRecipeStep>();
        services.AddScoped<IRecipeStep, CatalogueRecipeStep>();
        services.AddScoped<WorkingDayCalendarSource>();
        services.AddScoped<ProductTypeRegistry>();
        services.AddScoped<ProductTypeTexts>();
        services.AddScoped<ProductLineService>();
        return services;
    }
}
