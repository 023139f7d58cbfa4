using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Numbering;
using Pst.WalkIn.Desks;

namespace Pst.WalkIn.Queue;

/// <summary>
/// The kiosk gives a visitor a ticket for a service: the next number of that service today (WIB), drawn from a
/// database counter inside the ticket's own transaction, so numbers are unique and gapless however many kiosks
/// issue at once, and start again at 1 each day.
/// </summary>
public sealed class IssueTicket(PstDbContext db, Counters counters, TimeProvider clock)
{
    /// <summary>The new ticket, or null when the service is unknown or closed.</summary>
    /// <param name="priority">Priority service: called before the others (same numbering).</param>
    public async Task<QueueTicket?> IssueAsync(string serviceCode, bool priority = false, CancellationToken cancellationToken = default)
    {
        var service = await db.Set<WalkInService>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == serviceCode && s.Active, cancellationToken);
        if (service is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var day = OfficeTime.DateOf(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await counters.NextAsync($"ticket/{service.Code}/{day:yyyy-MM-dd}", cancellationToken);
        var ticket = new QueueTicket(Guid.NewGuid(), service.Code, service.Prefix, day, (int)sequence, now, priority);
        db.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }
}
