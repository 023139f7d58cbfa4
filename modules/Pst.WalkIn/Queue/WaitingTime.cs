namespace Pst.WalkIn.Queue;

/// <summary>How long a visitor waited for a call, measured as the standard states it, and whether within the limit.</summary>
/// <param name="From">When the wait counts from: the previous entry at that counter finishing, or the ticket's issue when the counter was idle.</param>
public sealed record Wait(QueueTicket Ticket, DateTimeOffset From, TimeSpan Duration)
{
    public bool WithinStandard => Duration <= WaitingTime.Standard;
}

/// <summary>
/// The walk-in time limit: "each visitor is served at most 10 minutes after the visitor before them in the queue
/// finished". For every called ticket, the wait runs from the later of its issue and the end of the previous entry
/// at the same counter (its finish, or its no-show), to its first call.
/// </summary>
public static class WaitingTime
{
    public static readonly TimeSpan Standard = TimeSpan.FromMinutes(10);

    public static IReadOnlyList<Wait> Measure(IEnumerable<QueueTicket> tickets)
    {
        var waits = new List<Wait>();
        foreach (var counter in tickets.Where(t => t.CalledAt is not null && t.CounterCode is not null).GroupBy(t => t.CounterCode))
        {
            DateTimeOffset? previousEnd = null;
            foreach (var ticket in counter.OrderBy(t => t.CalledAt))
            {
                var from = previousEnd is { } end && end > ticket.IssuedAt ? end : ticket.IssuedAt;
                var duration = ticket.CalledAt!.Value - from;
                waits.Add(new Wait(ticket, from, duration < TimeSpan.Zero ? TimeSpan.Zero : duration));
                previousEnd = ticket.FinishedAt ?? ticket.NoShowAt ?? previousEnd;
            }
        }

        return waits.OrderBy(w => w.Ticket.CalledAt).ToList();
    }
}
