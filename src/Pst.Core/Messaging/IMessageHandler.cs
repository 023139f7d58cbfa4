namespace Pst.Core.Messaging;

/// <summary>Answers one kind of message, in the module that owns its data.</summary>
public interface IMessageHandler<in TMessage, TResult>
    where TMessage : IMessage<TResult>
{
    Task<TResult> HandleAsync(TMessage message, CancellationToken cancellationToken);
}
