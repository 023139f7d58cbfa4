using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.WalkIn.Desks;

namespace Pst.WalkIn.Queue;

/// <summary>
/// A counter's work on the queue: call the next waiting ticket of the services it serves (priority first, then the
/// oldest), recall, start, finish, mark a no-show, transfer to another service or counter. When two counters call at
/// once, each gets a different ticket.
/// </summary>
public sealed class QueueDesk(PstDbContext db, Display.QueueAnnouncer announcer, TimeProvider clock)
{
    /// <summary>Today's tickets, oldest first.</summary>
    public async Task<IReadOnlyList<QueueTicket>> TodayAsync(CancellationToken cancellationToken = default)
    {
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        return (await db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day == today).ToListAsync(cancellationToken)).OrderBy(t => t.IssuedAt).ToList();
    }

    /// <summary>How many of today's tickets in the same queue (service, or counter it was transferred to) are called before this one.</summary>
    public async Task<int> PeopleAheadAsync(QueueTicket ticket, CancellationToken cancellationToken = default)
    {
        if (ticket.State != TicketState.Waiting)
        {
            return 0;
        }

        var queue = await db.Set<QueueTicket>().AsNoTracking()
            .Where(t => t.Day == ticket.Day && t.State == TicketState.Waiting && t.ServiceCode == ticket.ServiceCode && t.TargetCounterCode == ticket.TargetCounterCode)
            .ToListAsync(cancellationToken);
        return QueueTicket.InCallOrder(queue).TakeWhile(t => t.Id != ticket.Id).Count();
    }

    /// <summary>Calls the next waiting ticket of the counter (of one of its services, when given); null when nobody waits.</summary>
    public async Task<QueueTicket?> CallNextAsync(string counterCode, string? serviceCode = null, CancellationToken cancellationToken = default)
    {
        var counter = await db.Set<Counter>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == counterCode && c.Active, cancellationToken)
            ?? throw new WalkInStepRefusedException("There is no such counter.");
        var services = counter.Services;
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var waiting = await db.Set<QueueTicket>()
                .Where(t => t.Day == today && t.State == TicketState.Waiting && (t.TargetCounterCode == counterCode || services.Contains(t.ServiceCode)))
                .ToListAsync(cancellationToken);
            var next = QueueTicket.InCallOrder(waiting.Where(t => t.IsCalledBy(counterCode, services) && (serviceCode is null || t.ServiceCode == serviceCode)))
                .FirstOrDefault();
            if (next is null)
            {
                return null;
            }

            next.Call(counterCode, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await AnnounceAsync(next, counter, cancellationToken);
                return next;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear(); // another counter called it first: take the next one
            }
        }

        throw new WalkInStepRefusedException("Many counters are calling at once. Please try again.");
    }

    /// <summary>Calls a ticket this counter called before once more, on the boards too.</summary>
    public async Task<QueueTicket> RecallAsync(Guid ticketId, string counterCode, CancellationToken cancellationToken = default)
    {
        var ticket = await ActAsync(ticketId, counterCode, (t, _) => t.Recall(), cancellationToken);
        var counter = await db.Set<Counter>().AsNoTracking().SingleAsync(c => c.Code == counterCode, cancellationToken);
        await AnnounceAsync(ticket, counter, cancellationToken);
        return ticket;
    }

    /// <summary>Today's calls, newest first, as the boards list them.</summary>
    public async Task<IReadOnlyList<CallAnnouncementView>> RecentCallsAsync(int count, CancellationToken cancellationToken = default)
    {
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var called = (await db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day == today && t.CalledAt != null).ToListAsync(cancellationToken))
            .OrderByDescending(t => t.CalledAt).Take(count).ToList();
        var counters = await db.Set<Counter>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name.Indonesian, cancellationToken);
        return called.Select(t => new CallAnnouncementView(t.Number, counters.GetValueOrDefault(t.CounterCode!, t.CounterCode!))).ToList();
    }

    private async Task AnnounceAsync(QueueTicket ticket, Counter counter, CancellationToken cancellationToken)
    {
        // The board in the waiting room speaks the office's language, whoever makes the call.
        var service = await db.Set<WalkInService>().AsNoTracking().Where(s => s.Code == ticket.ServiceCode).Select(s => s.Name).SingleAsync(cancellationToken);
        await announcer.AnnounceAsync(new Display.CallAnnouncement(ticket.Number, counter.Name.Indonesian, service.Indonesian, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Takes a step on a ticket of today at this counter; refused when the ticket is elsewhere or not in the right state.</summary>
    public async Task<QueueTicket> ActAsync(Guid ticketId, string counterCode, Action<QueueTicket, DateTimeOffset> step, CancellationToken cancellationToken = default)
    {
        var ticket = await db.Set<QueueTicket>().SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            ?? throw new WalkInStepRefusedException("There is no such ticket.");
        if (ticket.CounterCode != counterCode)
        {
            throw new WalkInStepRefusedException("This ticket was called to another counter.");
        }

        step(ticket, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new WalkInStepRefusedException("Someone else changed this ticket at the same time. Please try again.");
        }

        return ticket;
    }
}

/// <summary>A call on the board: the number and the counter it goes to.</summary>
public sealed record CallAnnouncementView(string Number, string CounterName);
