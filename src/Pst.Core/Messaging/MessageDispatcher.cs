using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Pst.Core.Messaging;

/// <summary>
/// Finds the handler of a message in the scope's services and runs it inside the behaviours. Handlers are
/// registered by their modules at start-up (<see cref="MessagingServiceCollectionExtensions.AddMessageHandlers"/>),
/// so a site composed of other modules at run time, or a test of two modules, gets exactly its handlers.
/// </summary>
internal sealed class MessageDispatcher(IServiceProvider services) : IMessages
{
    private static readonly ConcurrentDictionary<(Type Message, Type Result), object> Routes = new();

    public Task<TResult> SendAsync<TResult>(IMessage<TResult> message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = (Route<TResult>)Routes.GetOrAdd(
            (message.GetType(), typeof(TResult)),
            key => Activator.CreateInstance(typeof(Route<,>).MakeGenericType(key.Message, key.Result))!);
        return route.SendAsync(message, services, cancellationToken);
    }

    private abstract class Route<TResult>
    {
        public abstract Task<TResult> SendAsync(IMessage<TResult> message, IServiceProvider services, CancellationToken cancellationToken);
    }

    /// <summary>The typed path of one kind of message: its handler, wrapped in the behaviours (first registered outermost).</summary>
    private sealed class Route<TMessage, TResult> : Route<TResult>
        where TMessage : IMessage<TResult>
    {
        public override Task<TResult> SendAsync(IMessage<TResult> message, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TMessage)message;
            var handler = services.GetService<IMessageHandler<TMessage, TResult>>()
                ?? throw new InvalidOperationException($"No module handles {typeof(TMessage).Name}: is the module that owns it enabled and registered?");
            Func<Task<TResult>> next = () => handler.HandleAsync(typed, cancellationToken);
            foreach (var behavior in services.GetServices<IMessageBehavior>().Reverse())
            {
                var inner = next;
                next = () => behavior.HandleAsync(typed, inner, cancellationToken);
            }

            return next();
        }
    }
}
