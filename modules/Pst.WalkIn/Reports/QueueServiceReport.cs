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
        var tickets = await db.Set<QueueTicket>().AsNoTracking().Where(t => t.Day >= first && t.Day < end).ToListAsync(cancellationToken);
        var counters = await db.Set<Counter>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name.ToString(), cancellationToken);
        var services = await db.Set<WalkInService>().AsNoTracking().ToDictionaryAsync(s => s.Code, s => (Name: s.Name.ToString(), s.Order), cancellationToken);
        var waits = WaitingTime.Measure(tickets);
        var within = waits.Count(w => w.WithinStandard);
        return new ReportSection(
            "walk-in",
            text["Visitors at the office"],
            [
                new(text["Tickets"], tickets.Count, ReportValueKind.Count),
                new(text["Served"], tickets.Count(t => t.State == TicketState.Finished), ReportValueKind.Count),
                new(text["No-shows"], tickets.Count(t => t.State == TicketState.NoShow), ReportValueKind.Count),
                new(text["Called within 10 minutes"], ReportSection.Share(within, waits.Count), ReportValueKind.Percent),
                new(text["Median wait (minutes)"], Minutes(QueueReport.Percentile(waits.Select(w => w.Duration), 50)), ReportValueKind.Minutes),
                new(text["90th percentile of the wait (minutes)"], Minutes(QueueReport.Percentile(waits.Select(w => w.Duration), 90)), ReportValueKind.Minutes),
            ],
            [
                Shares(
                    "walk-in-by-counter",
                    text["Visitors called within 10 minutes, by counter"],
                    text["Counter"],
                    waits.GroupBy(w => w.Ticket.CounterCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => (counters.GetValueOrDefault(g.Key, g.Key), (IReadOnlyList<Wait>)g.ToList())),
                    waits),
                Shares(
                    "walk-in-by-service",
                    text["Visitors called within 10 minutes, by service"],
                    text["Service"],
                    waits.GroupBy(w => w.Ticket.ServiceCode).OrderBy(g => services.TryGetValue(g.Key, out var service) ? service.Order : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => (services.TryGetValue(g.Key, out var service) ? service.Name : g.Key, (IReadOnlyList<Wait>)g.ToList())),
                    waits),
                Shares(
                    "walk-in-by-hour",
                    text["Visitors called within 10 minutes, by hour of the call"],
                    text["Hour"],
                    waits.GroupBy(w => OfficeTime.Local(w.Ticket.CalledAt!.Value).Hour).OrderBy(g => g.Key)
                        .Select(g => ($"{g.Key:D2}.00–{g.Key + 1:D2}.00", (IReadOnlyList<Wait>)g.ToList())),
                    waits),
            ],
            waits.Count == 0 ? [text["No visitor was called in this period."].Value] : []);
    }

    private ReportTable Shares(string key, string title, string groupTitle, IEnumerable<(string Name, IReadOnlyList<Wait> Waits)> groups, IReadOnlyList<Wait> all) => new ReportTable(
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
        Row(text["Total"], all),
        ChartColumn: 3).Checked();

    private static IReadOnlyList<object?> Row(string name, IReadOnlyList<Wait> waits)
    {
        var within = waits.Count(w => w.WithinStandard);
        return [name, waits.Count, within, ReportSection.Share(within, waits.Count), Minutes(QueueReport.Percentile(waits.Select(w => w.Duration), 50)), Minutes(QueueReport.Percentile(waits.Select(w => w.Duration), 90))];
    }

    private static decimal? Minutes(TimeSpan? duration) =>
        duration is { } d ? Math.Round((decimal)d.TotalMinutes, 1, MidpointRounding.AwayFromZero) : null;
}
