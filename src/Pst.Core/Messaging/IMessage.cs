namespace Pst.Core.Messaging;

/// <summary>
/// A command or query one module sends to the module that owns what it is about, answered by exactly one
/// <see cref="IMessageHandler{TMessage,TResult}"/>. Messages are the only way a module asks another to change its data.
/// </summary>
/// <typeparam name="TResult">What the owner answers; <see cref="Done"/> when a command answers nothing.</typeparam>
public interface IMessage<TResult>;

/// <summary>The answer of a command that answers nothing but that it was done.</summary>
public sealed record Done
{
    public static readonly Done Value = new();

    private Done()
    {
    }
}
