namespace Pst.Core.Messaging;

/// <summary>
/// A command that may arrive more than once for the same intent (a retry after a lost answer, a redelivered message):
/// it is handled once per <see cref="MessageId"/>, and a repeat answers <see cref="Done"/> and changes nothing
/// (<see cref="IdempotentCommands"/>). The sender chooses the id from what the command is about (the payment that
/// settles a request), so that the same intent always carries the same id.
/// </summary>
public interface IIdempotentCommand : IMessage<Done>
{
    Guid MessageId { get; }
}
