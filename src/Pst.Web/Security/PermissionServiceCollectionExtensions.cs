using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pst.Core.Security;

namespace Pst.Web.Security;

public static class PermissionServiceCollectionExtensions
{
    /// <summary>Permission policies checked against the database per request, and the first administrator at setup.</summary>
    public static IServiceCollection AddPstPermissions(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentAccount>();
        services.AddScoped<Pst.Web.Localization.RoleNames>();
        services.AddScoped<IPermissionChecker>(sp => sp.GetRequiredService<CurrentAccount>());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.TryAddSingleton(new SetupConsole(Console.Out));
        services.AddScoped<AccountSetup>();
        services.AddScoped<LastRoleManagerGuard>();
        return services;
    }
}
