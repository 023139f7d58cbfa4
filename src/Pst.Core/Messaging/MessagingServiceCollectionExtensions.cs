using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pst.Core.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The dispatcher every module sends its messages through.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IMessages)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IMessages, MessageDispatcher>();
        // In this order: the log sees every message, a reader without the permission and a message not well formed
        // are refused before a repeat is looked up, and the repeat check wraps only the handler.
        services.AddSingleton<IMessageBehavior, MessageLog>();
        services.AddScoped<IMessageBehavior, AuthorizedMessages>();
        services.AddSingleton<IMessageBehavior, ValidatedMessages>();
        services.AddScoped<IMessageBehavior, IdempotentCommands>();
        return services;
    }

    /// <summary>
    /// Registers every message handler of <paramref name="assembly"/> (a module registers its own). A message has one
    /// handler: a second one for the same message stops start-up, as two owners of the same data would.
    /// </summary>
    public static IServiceCollection AddMessageHandlers(this IServiceCollection services, Assembly assembly)
    {
        services.AddMessaging();
        var handlers = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMessageHandler<,>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            if (services.Any(d => d.ServiceType == service))
            {
                throw new InvalidOperationException($"{service.GenericTypeArguments[0].Name} has two handlers; a message has one.");
            }

            services.AddScoped(service, implementation);
        }

        return services;
    }
}
