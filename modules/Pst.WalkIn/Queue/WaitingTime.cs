namespace Pst.WalkIn.Queue;

/// <summary>The moments of a ticket that measure its wait: the whole ticket on a day's page, just these columns for a year's report.</summary>
public interface IQueueMoments
{
    /// <summary>The counter that called it last.</summary>
    string? CounterCode { get; }

    DateTimeOffset IssuedAt { get; }

    /// <summary>The first call.</summary>
    DateTimeOffset? CalledAt { get; }

    DateTimeOffset? FinishedAt { get; }

    DateTimeOffset? NoShowAt { get; }
}

/// <summary>How long a visitor waited for a call, measured as the standard states it, and whether within the limit.</summary>
/// <param name="From">When the wait counts from: the previous entry at that counter finishing, or the ticket's issue when the counter was idle.</param>
public sealed record Wait<TTicket>(TTicket Ticket, DateTimeOffset From, TimeSpan Duration)
    where TTicket : IQueueMoments
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

    public static IReadOnlyList<Wait<TTicket>> Measure<TTicket>(IEnumerable<TTicket> tickets)
        where TTicket : IQueueMoments
    {
        var waits = new List<Wait<TTicket>>();
        foreach (var counter in tickets.Where(t => t.CalledAt is not null && t.CounterCode is not null).GroupBy(t => t.CounterCode))
        {
            DateTimeOffset? previousEnd = null;
            foreach (var ticket in counter.OrderBy(t => t.CalledAt))
            {
                var from = previousEnd is { } end && end > ticket.IssuedAt ? end : ticket.IssuedAt;
                var duration = ticket.CalledAt!.Value - from;
                waits.Add(new Wait<TTicket>(ticket, from, duration < TimeSpan.Zero ? TimeSpan.Zero : duration));
                previousEnd = ticket.FinishedAt ?? ticket.NoShowAt ?? previousEnd;
            }
        }

        return waits.OrderBy(w => w.Ticket.CalledAt).ToList();
    }
}
