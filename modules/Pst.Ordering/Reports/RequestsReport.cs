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
/// the office used up to that delivery, as <see cref="ServiceClock"/> counts them.</item>
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
        var ends = period.EndsAt;
        var requests = await db.Set<Request>().AsNoTracking()
            .Where(r => r.State != RequestState.Draft && r.CreatedAt < ends)
            .ToListAsync(cancellationToken);
        var submitted = requests.Where(r => r.SubmittedAt is { } at && period.Contains(at)).OrderBy(r => r.SubmittedAt).ToList();
        var limit = await TimeLimitAsync(requests.Where(r => r.Channel == SalesChannel.Online).ToList(), period, cancellationToken);
        var holders = await HoldersAsync([.. limit.Overdue, .. limit.DueSoon], cancellationToken);

        var section = new ReportSection(
            "requests",
            text["Requests"],
            [
                new(text["Requests submitted"], submitted.Count, ReportValueKind.Count),
                new(text["Online requests delivered"], limit.Delivered, ReportValueKind.Count),
                new(text["Delivered within {0} working days", ServiceClock.OnlineWorkingDays], ReportSection.Share(limit.WithinLimit, limit.Delivered), ReportValueKind.Percent),
                new(text["Overdue"], limit.Overdue.Count, ReportValueKind.Count),
                new(text["Working days taken, median"], NearestRank.Of(limit.DeliveredRequests.Select(d => d.WorkingDaysUsed), 50), ReportValueKind.Count),
                new(text["Working days taken, 90th percentile"], NearestRank.Of(limit.DeliveredRequests.Select(d => d.WorkingDaysUsed), 90), ReportValueKind.Count),
                new(text["Zero-tariff claims granted"], submitted.Count(r => r.ZeroTariff?.Decision == ZeroTariffDecision.Approved), ReportValueKind.Count),
                new(text["Zero-tariff claims refused"], submitted.Count(r => r.ZeroTariff?.Decision == ZeroTariffDecision.Refused), ReportValueKind.Count),
            ],
            [
                ByState(submitted),
                ByProductType(submitted),
                BySegment(submitted),
                ZeroTariffClaims(submitted),
                ByMonth(submitted, period),
                TimeByProductType(limit.DeliveredRequests),
                OverdueTable(limit.Overdue, holders),
                DueSoonTable(limit.DueSoon, holders),
            ],
            limit.Delivered == 0 ? [text["No online request was delivered in this period."].Value] : []);
        return section;
    }

    private sealed record LateRequest(Request Request, DateOnly ClockStarted, int WorkingDaysUsed, bool Delivered);

    /// <summary>An online request delivered in the period, with the working days the office used.</summary>
    private sealed record DeliveredRequest(Request Request, int WorkingDaysUsed);

    private sealed record LimitFigures(IReadOnlyList<DeliveredRequest> DeliveredRequests, IReadOnlyList<LateRequest> Overdue, IReadOnlyList<LateRequest> DueSoon)
    {
        public int Delivered => DeliveredRequests.Count;

        public int WithinLimit => DeliveredRequests.Count(d => d.WorkingDaysUsed <= ServiceClock.OnlineWorkingDays);
    }

    private async Task<LimitFigures> TimeLimitAsync(IReadOnlyList<Request> online, ReportPeriod period, CancellationToken cancellationToken)
    {
        var calendar = await calendars.LoadAsync(cancellationToken);
        var lastDay = Min(period.End.AddDays(-1), OfficeTime.DateOf(clock.GetUtcNow()));
        var delivered = new List<DeliveredRequest>();
        var overdue = new List<LateRequest>();
        var dueSoon = new List<LateRequest>();
        foreach (var request in online)
        {
            var started = request.Timeline.FirstOrDefault(t => t.To == RequestState.RequirementsComplete);
            if (started is null || started.At >= period.EndsAt)
            {
                continue;
            }

            var firstDelivery = request.Timeline.FirstOrDefault(t => t.To == RequestState.Delivered);
            if (firstDelivery is not null && firstDelivery.At < period.StartsAt)
            {
                continue; // served before the period
            }

            if (firstDelivery is not null && period.Contains(firstDelivery.At))
            {
                var upTo = request.Timeline.TakeWhile(t => t != firstDelivery).Append(firstDelivery).ToList();
                var reading = ServiceClock.Read(upTo, RequestState.Delivered, calendar, OfficeTime.DateOf(firstDelivery.At));
                delivered.Add(new DeliveredRequest(request, reading.Elapsed));
                if (reading.Overdue)
                {
                    overdue.Add(new LateRequest(request, OfficeTime.DateOf(started.At), reading.Elapsed, true));
                }
            }
            else if (request.State != RequestState.Cancelled || request.Timeline[^1].At >= period.EndsAt)
            {
                // Still open at the period's end: late when its clock, read on the period's last day, has passed the limit.
                var upTo = request.Timeline.Where(t => t.At < period.EndsAt).ToList();
                var reading = ServiceClock.Read(upTo, upTo[^1].To, calendar, lastDay);
                if (reading.Overdue)
                {
                    overdue.Add(new LateRequest(request, OfficeTime.DateOf(started.At), reading.Elapsed, false));
                }
                else if (reading.Running && reading.Remaining <= Reminders.RequestReminders.DueSoonWorkingDays)
                {
                    dueSoon.Add(new LateRequest(request, OfficeTime.DateOf(started.At), reading.Elapsed, false));
                }
            }
        }

        return new LimitFigures(
            delivered,
            overdue.OrderByDescending(o => o.WorkingDaysUsed).ThenBy(o => o.Request.Number, StringComparer.Ordinal).ToList(),
            dueSoon.OrderByDescending(o => o.WorkingDaysUsed).ThenBy(o => o.Request.Number, StringComparer.Ordinal).ToList());
    }

    private ReportTable ByState(IReadOnlyList<Request> submitted) => new ReportTable(
        "requests-by-state",
        text["Requests submitted, by state today"],
        [new(text["State"]), new(text["Requests"], ReportValueKind.Count)],
        submitted.GroupBy(r => r.State).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[text[$"RequestState.{g.Key}"].Value, g.Count()]).ToList(),
        [text["Total"].Value, submitted.Count],
        ChartColumn: 1).Checked();

    private ReportTable ByProductType(IReadOnlyList<Request> submitted) => new ReportTable(
        "requests-by-product-type",
        text["Requests submitted, by product type"],
        [new(text["Product type"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        submitted.SelectMany(r => r.Lines.Select(l => l.ProductTypeId).Distinct().Select(type => (Type: type, r.Channel)))
            .GroupBy(x => x.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<object?>)[productTypes.NameOf(g.Key), g.Count(x => x.Channel == SalesChannel.Online), g.Count(x => x.Channel == SalesChannel.WalkIn), g.Count()]).ToList(),
        ChartColumn: 3).Checked();

    private ReportTable BySegment(IReadOnlyList<Request> submitted) => new ReportTable(
        "requests-by-segment",
        text["Requests submitted, by customer segment"],
        [new(text["Customer segment"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        submitted.Where(r => r.Customer is not null).GroupBy(r => r.Customer!.Segment).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[text[$"CustomerSegment.{g.Key}"].Value, g.Count(r => r.Channel == SalesChannel.Online), g.Count(r => r.Channel == SalesChannel.WalkIn), g.Count()]).ToList(),
        [text["Total"].Value, submitted.Count(r => r.Customer is not null && r.Channel == SalesChannel.Online), submitted.Count(r => r.Customer is not null && r.Channel == SalesChannel.WalkIn), submitted.Count(r => r.Customer is not null)],
        ChartColumn: 3).Checked();

    /// <summary>The zero-tariff claims of the requests submitted in the period, by how they stand now.</summary>
    private ReportTable ZeroTariffClaims(IReadOnlyList<Request> submitted) => new ReportTable(
        "requests-zero-tariff",
        text["Zero-tariff claims (Peraturan BPS 2/2019)"],
        [new(text["Decision"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        submitted.Where(r => r.ZeroTariff is not null).GroupBy(r => r.ZeroTariff!.Decision).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<object?>)[text[$"ZeroTariffDecision.{g.Key}"].Value, g.Count(r => r.Channel == SalesChannel.Online), g.Count(r => r.Channel == SalesChannel.WalkIn), g.Count()]).ToList(),
        [text["Total"].Value, submitted.Count(r => r.ZeroTariff is not null && r.Channel == SalesChannel.Online), submitted.Count(r => r.ZeroTariff is not null && r.Channel == SalesChannel.WalkIn), submitted.Count(r => r.ZeroTariff is not null)]).Checked();

    private ReportTable ByMonth(IReadOnlyList<Request> submitted, ReportPeriod period) => new ReportTable(
        "requests-by-month",
        text["Requests submitted, by month"],
        [new(text["Month"]), new(text["Online"], ReportValueKind.Count), new(text["At the office"], ReportValueKind.Count), new(text["Requests"], ReportValueKind.Count)],
        period.Months.Select(month =>
        {
            var inMonth = submitted.Where(r => month.Contains(r.SubmittedAt!.Value)).ToList();
            return (IReadOnlyList<object?>)[PeriodNames.Of(month, text), inMonth.Count(r => r.Channel == SalesChannel.Online), inMonth.Count(r => r.Channel == SalesChannel.WalkIn), inMonth.Count];
        }).ToList(),
        [text["Total"].Value, submitted.Count(r => r.Channel == SalesChannel.Online), submitted.Count(r => r.Channel == SalesChannel.WalkIn), submitted.Count],
        ChartColumn: 3).Checked();

    /// <summary>The service time of the online requests delivered in the period, per product type of their lines.</summary>
    private ReportTable TimeByProductType(IReadOnlyList<DeliveredRequest> delivered) => new ReportTable(
        "requests-time-by-product-type",
        text["Online requests delivered, by product type"],
        [new(text["Product type"]), new(text["Delivered"], ReportValueKind.Count), new(text["Within {0} working days", ServiceClock.OnlineWorkingDays], ReportValueKind.Percent), new(text["Median working days"], ReportValueKind.Count), new(text["90th percentile"], ReportValueKind.Count)],
        delivered.SelectMany(d => d.Request.Lines.Select(l => l.ProductTypeId).Distinct().Select(type => (Type: type, d.WorkingDaysUsed)))
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
        var last = requests
            .Select(o => (o.Request.Id, Step: o.Request.Timeline.LastOrDefault(t => t.ActorRole is ActorRole.Officer or ActorRole.Treasurer)))
            .Where(x => x.Step is not null)
            .ToDictionary(x => x.Id, x => x.Step!.ActorId);
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
    private static ReportLink LinkTo(Request request) => new(request.Number!, $"/admin/permintaan/{request.Id}");

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
