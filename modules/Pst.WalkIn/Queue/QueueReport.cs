using Pst.Core.Reports;

namespace Pst.WalkIn.Queue;

/// <summary>One counter's day: tickets called there and the share called within the 10-minute standard.</summary>
public sealed record CounterFigures(string CounterCode, int Called, double ShareWithinStandard);

/// <summary>
/// A day at the office's queue: how many tickets, served and no-shows; the median and 90th percentile of the waits
/// (as <see cref="WaitingTime"/> measures them) and of the service times (start to finish); the share of waits
/// within the standard, overall and per counter. Percentiles use the nearest-rank method: the smallest value that
/// at least that share of the values do not exceed.
/// </summary>
public sealed record QueueReport(
    DateOnly Day,
    int Tickets,
    int Served,
    int NoShows,
    TimeSpan? MedianWait,
    TimeSpan? Wait90,
    TimeSpan? MedianService,
    TimeSpan? Service90,
    double? ShareWithinStandard,
    IReadOnlyList<CounterFigures> Counters,
    IReadOnlyList<Wait<QueueTicket>> Waits)
{
    public static QueueReport Of(DateOnly day, IReadOnlyList<QueueTicket> tickets)
    {
        var waits = WaitingTime.Measure(tickets);
        var services = tickets.Where(t => t is { StartedAt: not null, FinishedAt: not null }).Select(t => t.FinishedAt!.Value - t.StartedAt!.Value).ToList();
        return new QueueReport(
            day,
            tickets.Count,
            tickets.Count(t => t.State == TicketState.Finished),
            tickets.Count(t => t.State == TicketState.NoShow),
            Percentile(waits.Select(w => w.Duration), 50),
            Percentile(waits.Select(w => w.Duration), 90),
            Percentile(services, 50),
            Percentile(services, 90),
            waits.Count == 0 ? null : (double)waits.Count(w => w.WithinStandard) / waits.Count,
            waits.GroupBy(w => w.Ticket.CounterCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CounterFigures(g.Key, g.Count(), (double)g.Count(w => w.WithinStandard) / g.Count())).ToList(),
            waits);
    }

    /// <summary>The nearest-rank percentile, or null for no values.</summary>
    public static TimeSpan? Percentile(IEnumerable<TimeSpan> values, int percent) => NearestRank.Of(values, percent);
}
