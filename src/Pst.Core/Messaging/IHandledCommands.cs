namespace Pst.Core.Messaging;

/// <summary>
/// The record of the idempotent commands already handled, kept in the site's database. A command is recorded in the
/// same unit of work as the handler's own changes, so that it counts as handled exactly when they are saved.
/// </summary>
public interface IHandledCommands
{
    Task<bool> WasHandledAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Marks the command handled; saved with the handler's changes, or by <see cref="SaveAsync"/>.</summary>
    void Record(Guid messageId, string command, DateTimeOffset at);

    /// <summary>Saves the record if the handler saved nothing (a command that had nothing to change).</summary>
    Task SaveAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Drops an unsaved record after the handler failed, so that a later attempt is handled.</summary>
    void Forget(Guid messageId);
}
