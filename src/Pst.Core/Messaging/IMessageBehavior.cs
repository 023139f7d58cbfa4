namespace Pst.Core.Messaging;

/// <summary>
/// A concern every message passes through before its handler (audit, validation, …), in the order registered.
/// Call <paramref name="next"/> to go on; not calling it stops the message.
/// </summary>
public interface IMessageBehavior
{
    Task<TResult> HandleAsync<TMessage, TResult>(TMessage message, Func<Task<TResult>> next, CancellationToken cancellationToken)
        where TMessage : IMessage<TResult>;
}
