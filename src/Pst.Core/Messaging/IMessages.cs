namespace Pst.Core.Messaging;

/// <summary>Sends a message to the one handler of its kind, through the registered behaviours.</summary>
public interface IMessages
{
    Task<TResult> SendAsync<TResult>(IMessage<TResult> message, CancellationToken cancellationToken = default);
}
