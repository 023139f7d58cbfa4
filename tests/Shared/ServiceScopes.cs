using Microsoft.Extensions.DependencyInjection;

namespace Pst.Tests.Shared;

/// <summary>Runs test code in its own DI scope, as one request of the site would. Linked into the test projects that build services by hand.</summary>
internal static class ServiceScopes
{
    public static async Task InScopeAsync(this IServiceProvider services, Func<IServiceProvider, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public static async Task<T> InScopeAsync<T>(this IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
