using Microsoft.EntityFrameworkCore;
using Pst.Core.Messaging;

namespace Pst.Data.Messaging;

/// <summary>The handled commands in <c>Core_HandledCommands</c>, tracked by the scope's context so that a record is saved with the handler's changes.</summary>
internal sealed class EfHandledCommands(PstDbContext db) : IHandledCommands
{
    public Task<bool> WasHandledAsync(Guid messageId, CancellationToken cancellationToken) =>
        db.HandledCommands.AsNoTracking().AnyAsync(c => c.MessageId == messageId, cancellationToken);

    public void Record(Guid messageId, string command, DateTimeOffset at) =>
        db.HandledCommands.Add(new HandledCommandRecord { MessageId = messageId, Command = command, HandledAt = at });

    public async Task SaveAsync(Guid messageId, CancellationToken cancellationToken)
    {
        if (Pending(messageId) is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public void Forget(Guid messageId)
    {
        if (Pending(messageId) is { } entry)
        {
            entry.State = EntityState.Detached;
        }
    }

    private Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<HandledCommandRecord>? Pending(Guid messageId) =>
        db.ChangeTracker.Entries<HandledCommandRecord>().FirstOrDefault(e => e.Entity.MessageId == messageId && e.State == EntityState.Added);
}
