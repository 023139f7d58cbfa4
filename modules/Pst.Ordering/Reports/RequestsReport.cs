using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Reports;
using Pst.Data;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Reports;

/// <summary>
/// The requests part of the supervisor's report.
/// <list type="bullet">
/// <item>Requests in the period are those submitted in it (both channels), counted by their state today, by product
/// type (a request with two types counts under each), by the customer's segment as the request recorded it, and by
/// month; with the zero-tariff claims among them and how each was decided.</item>
/// <item>The 10-working-day limit is measured on the online requests first delivered in the period: the working days
/// the office used up to that delivery, as <see cref="ServiceClock"/> counted them then and the request keeps.</item>
/// <item>The overdue list holds those delivered late, and the online requests still open at the period's end whose
/// clock had passed the limit.</item>
/// </list>
/// </summary>
internal sealed class RequestsReport(PstDbContext db, WorkingDayCalendarSource calendars, ProductTypeTexts productTypes, IStringLocalizer<OrderingModule> text, TimeProvider clock) : IServiceReport
{
    public string ModuleId => OrderingModule.Id;

    public int Order => 10;

    public async Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var counts = await SubmittedCountsAsync(period, cancellationToken);
        var limit = await TimeLimitAsync(period, cancellationToken);
        var holders = await HoldersAsync([.. limit.Overdue, .. limit.DueSoon], cancellationToken);

        var section = new ReportSection(
            "requests",
            text["Requests"],
            [
                new(text["Requests submitted"], counts.Total, ReportValueKind.Count),
                new(text["Online requests delivered"], limit.Delivered, ReportValueKind.Count),
                new(text["Delivered within {0} working days", ServiceClock.OnlineWorkingDays], ReportSection.Share(limit.WithinLimit, limit.Delivered), ReportValueKind.Percent),
                new(text["Overdue"], limit.Overdue.Count, ReportValueKind.Count),
                new(text["Working days taken, median"], NearestRank.Of(limit.DeliveredRequests.Select(d => d.WorkingDaysUsed), 50), ReportValueKind.Count),
                new(text["Working days taken, 90th percentile"], NearestRank.Of(limit.DeliveredRequests.Select(d => d.WorkingDaysUsed), 90), ReportValueKind.Count),
                new(text["Zero-tariff claims granted"], counts.ZeroTariff.Where(c => c.Key == ZeroTariffDecision.Approved).Sum(c => c.Total), ReportValueKind.Count),
                new(text["Zero-tariff claims refused"], counts.ZeroTariff.Where(c => c.Key == ZeroTariffDecision.Refused).Sum(c => c.Total), ReportValueKind.Count),
            ],
            [
                ByState(counts),
                ByProductType(counts),
                BySegment(counts),
                ZeroTariffClaims(counts),
                ByMonth(counts),
                TimeByProductType(limit.DeliveredRequests),
                OverdueTable(limit.Overdue, holders),
                DueSoonTable(limit.DueSoon, holders),
            ],
            limit.Delivered == 0 ? [text["No online request was delivered in this period."].Value] : []);
        return section;
    }

    /// <summary>Requests (both channels) sent from <paramref name="start"/> until <paramref name="end"/>.</summary>
    private IQueryable<Request> SubmittedBetween(DateTimeOffset start, DateTimeOffset end) =>
        db.Set<Request>().AsNoTracking().Where(r => r.SubmittedAt >= start && r.SubmittedAt < end);

    /// <summary>How many of a kind were sent online and at the office.</summary>
    private sealed record ChannelCount<TKey>(TKey Key, int Online, int WalkIn)
    {
        public int Total => Online + WalkIn;
    }

    private sealed record SubmittedCounts(
        IReadOnlyList<ChannelCount<RequestState>> States,
        IReadOnlyList<ChannelCount<string>> ProductTypes,
        IReadOnlyList<ChannelCount<CustomerSegment>> Segments,
        IReadOnlyList<ChannelCount<ZeroTariffDecision>> ZeroTariff,
        IReadOnlyList<ChannelCount<ReportPeriod>> Months)
    {
        public int Total => States.Sum(s => s.Total);
    }

    /// <summary>The counts of the requests sent in the period, each grouped and counted by the database.</summary>
    private async Task<SubmittedCounts> SubmittedCountsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var submitted = SubmittedBetween(period.StartsAt, period.EndsAt);
        var groups = await submitted
            .GroupBy(r => new { r.State, r.Channel, Segment = (CustomerSegment?)r.Customer!.Segment, Decision = (ZeroTariffDecision?)r.ZeroTariff!.Decision })
            .Select(g => new { g.Key.State, g.Key.Channel, g.Key.Segment, g.Key.Decision, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var states = groups.Select(g => new Counted<RequestState>(g.State, g.Channel, g.Count));
        var segments = groups.Where(g => g.Segment is not null).Select(g => new Counted<CustomerSegment>(g.Segment!.Value, g.Channel, g.Count));
        var claims = groups.Where(g => g.Decision is not null).Select(g => new Counted<ZeroTariffDecision>(g.Decision!.Value, g.Channel, g.Count));

        // A request with two lines of one type counts once under it.
        var types = await submitted.SelectMany(r => r.Lines, (r, l) => new { r.Id, l.ProductTypeId, r.Channel }).Distinct()
            .GroupBy(x => new { x.ProductTypeId, x.Channel }).Select(g => new Counted<string>(g.Key.ProductTypeId, g.Key.Channel, g.Count())).ToListAsync(cancellationToken);
        var months = new List<Counted<ReportPeriod>>();
        foreach (var month in period.Months)
        {
            months.AddRange((await SubmittedBetween(month.StartsAt, month.EndsAt).GroupBy(r => r.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                .Select(c => new Counted<ReportPeriod>(month, c.Key, c.Count)));
        }

        return new SubmittedCounts(
            ByChannel(states).OrderBy(c => c.Key).ToList(),
            ByChannel(types).OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            ByChannel(segments).OrderBy(c => c.Key).ToList(),
            ByChannel(claims).OrderBy(c => c.Key).ToList(),
            period.Months.Select(m => ByChannel(months).FirstOrDefault(c => c.Key == m) ?? new ChannelCount<ReportPeriod>(m, 0, 0)).ToList());
    }

    private sealed record Counted<TKey>(TKey Key, SalesChannel Channel, int Count);

    private static IEnumerable<ChannelCount<TKey>> ByChannel<TKey>(IEnumerable<Counted<TKey>> counted) where TKey : notnull =>
        counted.GroupBy(c => c.Key).Select(g => new ChannelCount<TKey>(
            g.Key,
            g.Where(c => c.Channel == SalesChannel.Online).Sum(c => c.Count),
            g.Where(c => c.Channel == SalesChannel.WalkIn).Sum(c => c.Count)));

    /// <summary>A request as the time-limit figures list it: its number, state and the product types of its lines.</summary>
    private sealed record ClockedRequest(Guid Id, string Number, RequestState State, IReadOnlyList<string> ProductTypes);

    private sealed record ClockStep(DateTimeOffset At, RequestState To) : IClockStep;

    private sealed record CheckSpan(OfficeCheckSubject Subject, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt) : IOfficeCheckSpan;

    private sealed record LateRequest(ClockedRequest Request, DateOnly ClockStarted, int WorkingDaysUsed, bool Delivered);

    /// <summary>An online request delivered in the period, with the working days the office used.</summary>
    private sealed record DeliveredRequest(ClockedRequest Request, int WorkingDaysUsed);

    private sealed record LimitFigures(IReadOnlyList<DeliveredRequest> DeliveredRequests, IReadOnlyList<LateRequest> Overdue, IReadOnlyList<LateRequest> DueSoon)
    {
        public int Delivered => DeliveredRequests.Count;

        public int WithinLimit => DeliveredRequests.Count(d => d.WorkingDaysUsed <= ServiceClock.OnlineWorkingDays);
    }

    private async Task<LimitFigures> TimeLimitAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var delivered = await DeliveredInAsync(period, cancellationToken);
        var lateDeliveries = delivered.Where(d => d.WorkingDaysUsed > ServiceClock.OnlineWorkingDays).ToList();
        var started = await ClockStartsAsync(lateDeliveries.Select(d => d.Request.Id).ToList(), cancellationToken);
        var overdue = lateDeliveries.Select(d => new LateRequest(d.Request, started[d.Request.Id], d.WorkingDaysUsed, true)).ToList();
        var dueSoon = new List<LateRequest>();

        // Still open at the period's end: late when its clock, read on the period's last day, has passed the limit.
        var calendar = await calendars.LoadAsync(cancellationToken);
        var lastDay = Min(period.End.AddDays(-1), OfficeTime.DateOf(clock.GetUtcNow()));
        foreach (var (request, history) in await OpenAtEndOfAsync(period, cancellationToken))
        {
            var reading = ServiceClock.Read(history, calendar, lastDay);
            var clockStarted = OfficeTime.DateOf(history.Timeline.First(t => t.To == RequestState.RequirementsComplete).At);
            if (reading.Overdue)
            {
                overdue.Add(new LateRequest(request, clockStarted, reading.Elapsed, false));
            }
            else if (reading.Running && reading.Remaining <= Reminders.RequestReminders.DueSoonWorkingDays)
            {
                dueSoon.Add(new LateRequest(request, clockStarted, reading.Elapsed, false));
            }
        }

        return new LimitFigures(
            delivered,
            overdue.OrderByDescending(o => o.WorkingDaysUsed).ThenBy(o => o.Request.Number, StringComparer.Ordinal).ToList(),
            dueSoon.OrderByDescending(o => o.WorkingDaysUsed).ThenBy(o => o.Request.Number, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The online requests first delivered in the period, with the working days each used as kept at its delivery
    /// (<see cref="Request.WorkingDaysToDelivery"/>): a year is one indexed range, not every step of every request.
    /// </summary>
    private async Task<IReadOnlyList<DeliveredRequest>> DeliveredInAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (starts, ends) = (period.StartsAt, period.EndsAt);
        var lines = await (
            from r in db.Set<Request>().AsNoTracking()
            where r.Channel == SalesChannel.Online && r.FirstDeliveredAt >= starts && r.FirstDeliveredAt < ends && r.WorkingDaysToDelivery != null
            from l in r.Lines
            select new { r.Id, r.Number, r.State, Days = r.WorkingDaysToDelivery!.Value, l.ProductTypeId }).ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.Id)
            .Select(g => new DeliveredRequest(new ClockedRequest(g.Key, g.First().Number!, g.First().State, g.Select(l => l.ProductTypeId).Distinct().ToList()), g.First().Days))
            .ToList();
    }

    /// <summary>The day each request's clock started (its requirements complete).</summary>
    private async Task<IReadOnlyDictionary<Guid, DateOnly>> ClockStartsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await (
            from r in db.Set<Request>().AsNoTracking()
            where ids.Contains(r.Id)
            from t in r.Timeline
            where t.To == RequestState.RequirementsComplete
            select new { r.Id, t.At }).ToListAsync(cancellationToken))
        .GroupBy(s => s.Id)
        .ToDictionary(g => g.Key, g => OfficeTime.DateOf(g.Min(s => s.At)));

    /// <summary>
    /// The online requests whose clock had started before the period's end and that were neither delivered nor
    /// cancelled by then, with their steps up to the period's end: few, however long the period.
    /// </summary>
    /// <summary>The online requests whose clock had started and that were neither delivered nor cancelled at the period's end, as they stood then.</summary>
    private async Task<IReadOnlyList<(ClockedRequest Request, ClockHistory History)>> OpenAtEndOfAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var ends = period.EndsAt;
        // Uncorrelated IN / NOT IN, not r.Timeline.Any(...): on SQLite that one walks an index range for each request.
        var cancelledBefore =
            from r in db.Set<Request>()
            from t in r.Timeline
            where t.To == RequestState.Cancelled && t.At < ends
            select r.Id;
        var lines = await (
            from r in db.Set<Request>().AsNoTracking()
            from t in r.Timeline
            where r.Channel == SalesChannel.Online && t.To == RequestState.RequirementsComplete && t.At < ends
                && (r.FirstDeliveredAt == null || r.FirstDeliveredAt >= ends) && !cancelledBefore.Contains(r.Id)
            from l in r.Lines
            select new { r.Id, r.Number, r.State, r.NeedsAgreement, l.ProductTypeId }).ToListAsync(cancellationToken);
        var ids = lines.Select(l => l.Id).Distinct().ToList();
        var steps = (await (
                from r in db.Set<Request>().AsNoTracking()
                where ids.Contains(r.Id)
                from t in r.Timeline
                where t.At < ends
                select new { r.Id, Order = EF.Property<int>(t, "Id"), t.At, t.To }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Order)
            .ToLookup(s => s.Id, s => new ClockStep(s.At, s.To));
        var checks = (await (
                from r in db.Set<Request>().AsNoTracking()
                where ids.Contains(r.Id)
                from c in r.OfficeChecks
                where c.OpenedAt < ends
                select new { r.Id, c.Subject, c.OpenedAt, c.ClosedAt }).ToListAsync(cancellationToken))
            .ToLookup(c => c.Id, c => (IOfficeCheckSpan)new CheckSpan(c.Subject, c.OpenedAt, c.ClosedAt));
        return lines.GroupBy(l => l.Id)
            .Select(g =>
            {
                var timeline = steps[g.Key].ToList();
                var history = new ClockHistory(timeline, timeline[^1].To, g.First().NeedsAgreement, ClockHistory.AsOf(checks[g.Key], ends));
                return (new ClockedRequest(g.Key, g.First().Number!, g.First().State, g.Select(l => l.ProductTypeId).Distinct().ToList()), history);
            })
            .ToList();
    }

    private ReportTable ByState(SubmittedCounts counts) => new ReportTable(
        "requests-by-state",
        text["Requests submitted, by state today"],
        [new(text["State"]), new(text["Requests"], ReportValueKind.Count)],
        counts.States.Select(c => (IReadOnlyList<object?>)[text[$"RequestState.{c.Key}"].Value, c.Total]).ToList(),
        [text["Total"].Value, counts.Total],
        ChartColumn: 1).Checked();

    private ReportTable ByProductType(SubmittedCounts counts) => new ReportTable(
        "requests-by-product-type",
        text["Requests submitted, by product type"],
        [new(text["Product type"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        counts.ProductTypes.Select(c => (IReadOnlyList<object?>)[productTypes.NameOf(c.Key), c.Online, c.WalkIn, c.Total]).ToList(),
        ChartColumn: 3).Checked();

    private ReportTable BySegment(SubmittedCounts counts) => new ReportTable(
        "requests-by-segment",
        text["Requests submitted, by customer segment"],
        [new(text["Customer segment"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        counts.Segments.Select(c => (IReadOnlyList<object?>)[text[$"CustomerSegment.{c.Key}"].Value, c.Online, c.WalkIn, c.Total]).ToList(),
        [text["Total"].Value, counts.Segments.Sum(c => c.Online), counts.Segments.Sum(c => c.WalkIn), counts.Segments.Sum(c => c.Total)],
        ChartColumn: 3).Checked();

    /// <summary>The zero-tariff claims of the requests submitted in the period, by how they stand now.</summary>
    private ReportTable ZeroTariffClaims(SubmittedCounts counts) => new ReportTable(
        "requests-zero-tariff",
        text["Zero-tariff claims (Peraturan BPS 2/2019)"],
        [new(text["Decision"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        counts.ZeroTariff.Select(c => (IReadOnlyList<object?>)[text[$"ZeroTariffDecision.{c.Key}"].Value, c.Online, c.WalkIn, c.Total]).ToList(),
        [text["Total"].Value, counts.ZeroTariff.Sum(c => c.Online), counts.ZeroTariff.Sum(c => c.WalkIn), counts.ZeroTariff.Sum(c => c.Total)]).Checked();

    private ReportTable ByMonth(SubmittedCounts counts) => new ReportTable(
        "requests-by-month",
        text["Requests submitted, by month"],
        [new(text["Month"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        counts.Months.Select(c => (IReadOnlyList<object?>)[PeriodNames.Of(c.Key, text), c.Online, c.WalkIn, c.Total]).ToList(),
        [text["Total"].Value, counts.Months.Sum(c => c.Online), counts.Months.Sum(c => c.WalkIn), counts.Total],
        ChartColumn: 3).Checked();

    /// <summary>The service time of the online requests delivered in the period, per product type of their lines.</summary>
    private ReportTable TimeByProductType(IReadOnlyList<DeliveredRequest> delivered) => new ReportTable(
        "requests-time-by-product-type",
        text["Online requests delivered, by product type"],
        [new(text["Product type"]), new(text["Delivered"], ReportValueKind.Count), new(text["Within {0} working days", ServiceClock.OnlineWorkingDays], ReportValueKind.Percent), new(text["Median working days"], ReportValueKind.Count), new(text["90th percentile"], ReportValueKind.Count)],
        delivered.SelectMany(d => d.Request.ProductTypes.Select(type => (Type: type, d.WorkingDaysUsed)))
            .GroupBy(x => x.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<object?>)[
                productTypes.NameOf(g.Key),
                g.Count(),
                ReportSection.Share(g.Count(x => x.WorkingDaysUsed <= ServiceClock.OnlineWorkingDays), g.Count()),
                NearestRank.Of(g.Select(x => x.WorkingDaysUsed), 50),
                NearestRank.Of(g.Select(x => x.WorkingDaysUsed), 90)]).ToList()).Checked();

    /// <summary>Open online requests with at most <see cref="Reminders.RequestReminders.DueSoonWorkingDays"/> working days left.</summary>
    private ReportTable DueSoonTable(IReadOnlyList<LateRequest> dueSoon, IReadOnlyDictionary<Guid, string> holders) => new ReportTable(
        "requests-due-soon",
        text["Online requests due within {0} working days", Reminders.RequestReminders.DueSoonWorkingDays],
        [new(text["Request"]), new(text["Requirements complete"]), new(text["Working days used"], ReportValueKind.Count), new(text["State"]), new(text["Last handled by"])],
        dueSoon.Select(o => (IReadOnlyList<object?>)[
            LinkTo(o.Request),
            o.ClockStarted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            o.WorkingDaysUsed,
            text[$"RequestState.{o.Request.State}"].Value,
            holders.GetValueOrDefault(o.Request.Id)]).ToList()).Checked();

    /// <summary>Who holds each request: the staff member who last took a step on it (by name), none when no staff has yet.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> HoldersAsync(IReadOnlyList<LateRequest> requests, CancellationToken cancellationToken)
    {
        var requestIds = requests.Select(r => r.Request.Id).ToList();
        var last = (await (
                from r in db.Set<Request>().AsNoTracking()
                where requestIds.Contains(r.Id)
                from t in r.Timeline
                where t.ActorRole == ActorRole.Officer || t.ActorRole == ActorRole.Treasurer
                select new { r.Id, Order = EF.Property<int>(t, "Id"), t.ActorId }).ToListAsync(cancellationToken))
            .GroupBy(s => s.Id)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Order)!.ActorId);
        var ids = last.Values.Distinct().ToList();
        var names = await db.Set<Pst.Data.Accounts.PstUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return last.ToDictionary(x => x.Key, x => names.GetValueOrDefault(x.Value, x.Value));
    }

    private ReportTable OverdueTable(IReadOnlyList<LateRequest> overdue, IReadOnlyDictionary<Guid, string> holders) => new ReportTable(
        "requests-overdue",
        text["Online requests past the {0}-working-day limit", ServiceClock.OnlineWorkingDays],
        [new(text["Request"]), new(text["Requirements complete"]), new(text["Working days used"], ReportValueKind.Count), new(text["State"]), new(text["Working days late"], ReportValueKind.Count), new(text["Last handled by"])],
        overdue.Select(o => (IReadOnlyList<object?>)[
            LinkTo(o.Request),
            o.ClockStarted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            o.WorkingDaysUsed,
            o.Delivered ? text["Delivered late"].Value : text[$"RequestState.{o.Request.State}"].Value,
            o.WorkingDaysUsed - ServiceClock.OnlineWorkingDays,
            holders.GetValueOrDefault(o.Request.Id)]).ToList()).Checked();

    /// <summary>A request's number, opening the officers' page of the request (read only for a supervisor).</summary>
    private static ReportLink LinkTo(ClockedRequest request) => new(request.Number, $"/admin/permintaan/{request.Id}");

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
