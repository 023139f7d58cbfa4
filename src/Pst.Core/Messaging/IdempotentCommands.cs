using Microsoft.Extensions.DependencyInjection;

namespace Pst.Core.Messaging;

/// <summary>
/// Handles an <see cref="IIdempotentCommand"/> once: a repeat of a handled command answers <see cref="Done"/> without
/// reaching its handler. When two copies race, both may reach the handler; the one that saves second fails on the
/// record's key or on the domain's own check, and is answered as a repeat once the first is seen saved.
/// </summary>
internal sealed class IdempotentCommands(IServiceProvider services, TimeProvider clock) : IMessageBehavior
{
    public async Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
        where TMessage : IMessage<TResult>
    {
        if (message is not IIdempotentCommand command)
        {
            return await next();
        }

        var handled = services.GetService<IHandledCommands>()
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} is idempotent, but no store of handled commands is registered.");
        if (await handled.WasHandledAsync(command.MessageId, cancellationToken))
        {
            return (TResult)(object)Done.Value;
        }

        handled.Record(command.MessageId, typeof(TMessage).Name, clock.GetUtcNow());
        try
        {
            var result = await next();
            await handled.SaveAsync(command.MessageId, cancellationToken);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            handled.Forget(command.MessageId);
            if (await SeenHandledAsync(handled, command.MessageId, cancellationToken))
            {
                return (TResult)(object)Done.Value;
            }

            throw;
        }
    }

    /// <summary>Whether another copy was saved meanwhile; after a failure the unit of work may be unusable (an aborted transaction), and then the failure stands.</summary>
    private static async Task<bool> SeenHandledAsync(IHandledCommands handled, Guid messageId, CancellationToken cancellationToken)
    {
        try
        {
            return await handled.WasHandledAsync(messageId, cancellationToken);
        }
        catch (Exception)
        {
            return false;
        }
    }
}
