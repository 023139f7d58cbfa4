using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Reports;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Reports;

/// <summary>
/// The walk-in part of the supervisor's report: the tickets of the period's days, and the share of visitors called
/// within 10 minutes as <see cref="WaitingTime"/> measures it, overall, by counter, by service and by the hour of the
/// call (office time), with the median and 90th percentile of the waits.
/// </summary>
public sealed class QueueServiceReport(PstDbContext db, IStringLocalizer<WalkInModule> text) : IServiceReport
{
    public string ModuleId => WalkInModule.Id;

    public int Order => 20;

    public async Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (first, end) = (period.Start, period.End);
        var inPeriod = db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day >= first && t.Day < end);
        var states = await inPeriod.GroupBy(t => t.State).Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken);
        // Only the called tickets' moments are read: the rest of a year's tickets is counted above.
        var called = await inPeriod.Where(t => t.CalledAt != null && t.CounterCode != null)
            .Select(t => new CalledTicket(t.ServiceCode, t.CounterCode, t.IssuedAt, t.CalledAt, t.FinishedAt, t.NoShowAt))
            .ToListAsync(cancellationToken);
        var counters = await db.Set<Counter>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name.ToString(), cancellationToken);
        var services = await db.Set<WalkInService>().AsNoTracking().ToDictionaryAsync(s => s.Code, s => (Name: s.Name.ToString(), s.Order), cancellationToken);
        var waits = WaitingTime.Measure(called);
        var total = Row(text["Total"], waits);
        return new ReportSection(
            "walk-in",
            text["Visitors at the office"],
            [
                new(text["Tickets"], states.Values.Sum(), ReportValueKind.Count),
                new(text["Served"], states.GetValueOrDefault(TicketState.Finished), ReportValueKind.Count),
                new(text["No-shows"], states.GetValueOrDefault(TicketState.NoShow), ReportValueKind.Count),
                new(text["Called within 10 minutes"], total[3], ReportValueKind.Percent),
                new(text["Median wait (minutes)"], total[4], ReportValueKind.Minutes),
                new(text["90th percentile of the wait (minutes)"], total[5], ReportValueKind.Minutes),
            ],
            [
                Shares(
                    "walk-in-by-counter",
                    text["Visitors called within 10 minutes, by counter"],
                    text["Counter"],
                    waits.GroupBy(w => w.Ticket.CounterCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => (counters.GetValueOrDefault(g.Key, g.Key), (IReadOnlyList<Wait<CalledTicket>>)g.ToList())),
                    total),
                Shares(
                    "walk-in-by-service",
                    text["Visitors called within 10 minutes, by service"],
                    text["Service"],
                    waits.GroupBy(w => w.Ticket.ServiceCode).OrderBy(g => services.TryGetValue(g.Key, out var service) ? service.Order : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => (services.TryGetValue(g.Key, out var service) ? service.Name : g.Key, (IReadOnlyList<Wait<CalledTicket>>)g.ToList())),
                    total),
                Shares(
                    "walk-in-by-hour",
                    text["Visitors called within 10 minutes, by hour of the call"],
                    text["Hour"],
                    waits.GroupBy(w => OfficeTime.Local(w.Ticket.CalledAt!.Value).Hour).OrderBy(g => g.Key)
                        .Select(g => ($"{g.Key:D2}.00–{g.Key + 1:D2}.00", (IReadOnlyList<Wait<CalledTicket>>)g.ToList())),
                    total),
            ],
            waits.Count == 0 ? [text["No visitor was called in this period."].Value] : []);
    }

    private ReportTable Shares(string key, string title, string groupTitle, IEnumerable<(string Name, IReadOnlyList<Wait<CalledTicket>> Waits)> groups, IReadOnlyList<object?> total) => new ReportTable(
        key,
        title,
        [
            new(groupTitle),
            new(text["Called"], ReportValueKind.Count),
            new(text["Within 10 minutes"], ReportValueKind.Count),
            new(text["Share within 10 minutes"], ReportValueKind.Percent),
            new(text["Median wait (minutes)"], ReportValueKind.Minutes),
            new(text["90th percentile (minutes)"], ReportValueKind.Minutes),
        ],
        groups.Select(g => Row(g.Name, g.Waits)).ToList(),
        total,
        ChartColumn: 3).Checked();

    /// <summary>A group's called visitors, those within 10 minutes, their share, and the median and 90th percentile of the waits (sorted once).</summary>
    private static IReadOnlyList<object?> Row(string name, IReadOnlyList<Wait<CalledTicket>> waits)
    {
        var within = waits.Count(w => w.WithinStandard);
        var durations = waits.Select(w => w.Duration).ToArray();
        Array.Sort(durations);
        return [name, waits.Count, within, ReportSection.Share(within, waits.Count), Minutes(NearestRank.OfSorted(durations, 50)), Minutes(NearestRank.OfSorted(durations, 90))];
    }

    private static decimal? Minutes(TimeSpan? duration) =>
        duration is { } d ? Math.Round((decimal)d.TotalMinutes, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>A called ticket's service and the moments that measure its wait.</summary>
    private sealed record CalledTicket(string ServiceCode, string? CounterCode, DateTimeOffset IssuedAt, DateTimeOffset? CalledAt, DateTimeOffset? FinishedAt, DateTimeOffset? NoShowAt) : IQueueMoments;
}
