namespace Pst.Core.Messaging;

/// <summary>Refuses an <see cref="IValidatedMessage"/> that is not well formed, before the handler runs and before a repeat is looked up.</summary>
internal sealed class ValidatedMessages : IMessageBehavior
{
    public Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
        where TMessage : IMessage<TResult>
    {
        if (message is IValidatedMessage validated && validated.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidMessageException(typeof(TMessage).Name, problems);
        }

        return next();
    }
}
