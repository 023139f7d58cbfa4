using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data;
using Pst.Feedback.Complaints;
using Pst.Feedback.Survey;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.Benchmarks;

/// <summary>
/// A year of a busy office written straight into a site's database through the modules' own entities, so the reports
/// read what the real steps would have left: 20,000 requests over the working days of 2026 (four in five online, most
/// completed, some open, late or cancelled), 15,000 receipts with their payments, 40,000 walk-in tickets called at
/// the counters, 5,000 survey answers and 500 complaints. Deterministic (a fixed seed).
/// </summary>
internal static class BusyYear
{
    public const int Requests = 20_000;
    public const int Tickets = 40_000;
    public const int Receipts = 15_000;
    public const int Responses = 5_000;
    public const int Complaints = 500;

    private const int Batch = 2_000;

    private static readonly RequestActor Officer = new("bench-officer", ActorRole.Officer);
    private static readonly RequestActor Treasurer = new("bench-treasurer", ActorRole.Treasurer);

    public static async Task SeedAsync(IServiceProvider services)
    {
        var random = new Random(2026);
        await using var scope = services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingDayCalendarSource>().LoadAsync();
        var days = WorkingDaysOf2026(calendar);
        var items = (await scope.ServiceProvider.GetRequiredService<ICatalogueStore>().ListAsync())
            .GroupBy(i => i.ProductTypeId).Select(g => g.First()).ToList();

        var requestIds = await SeedRequestsAsync(services, calendar, days, items, random);
        await SeedTicketsAsync(services, days, random);
        await SeedResponsesAsync(services, requestIds, random);
        await SeedComplaintsAsync(services, days, random);

        // A PostgreSQL server's autovacuum keeps the planner's statistics current on a live site; a year written in
        // two minutes is measured before it would run, so it is analysed as it would be by then.
        var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    private static List<DateOnly> WorkingDaysOf2026(WorkingDayCalendar calendar)
    {
        var days = new List<DateOnly>();
        for (var day = new DateOnly(2026, 1, 2); day <= new DateOnly(2026, 12, 4); day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), OfficeTime.Offset);

    /// <summary>The requests, and for the first 15,000 that reach the receipt, a receipt and its payment. Returns the completed requests.</summary>
    private static async Task<List<(Guid Id, SalesChannel Channel, string ProductType, DateTimeOffset CompletedAt)>> SeedRequestsAsync(
        IServiceProvider services, WorkingDayCalendar calendar, List<DateOnly> days, List<CatalogueItem> items, Random random)
    {
        var completed = new List<(Guid, SalesChannel, string, DateTimeOffset)>();
        var receipts = 0;
        for (var start = 0; start < Requests; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            for (var i = start; i < Math.Min(start + Batch, Requests); i++)
            {
                var day = days[(int)((long)i * days.Count / Requests)];
                var channel = i % 5 == 4 ? SalesChannel.WalkIn : SalesChannel.Online;
                var customerId = $"bench-customer-{i % 500}";
                var customer = new RequestActor(customerId, ActorRole.Customer);
                var desk = channel == SalesChannel.WalkIn ? Officer : customer;
                var item = items[i % items.Count];
                var request = new Request(Guid.NewGuid(), customerId, channel, At(day, 8, 0));
                var line = request.AddLine(desk, item, LineChoices.Of(("format", ["softcopy"])));
                var segment = (CustomerSegment)(i % Enum.GetValues<CustomerSegment>().Length);
                request.Submit(desk, At(day, 9, random.Next(60)), $"PST-2026-{i + 1:D5}", new CustomerDetails($"Customer {i % 500}", $"{customerId}@example.org", null, segment, Domicile.Indonesia, null));

                // The fate of the request: a few cancelled, the last weeks' ones still open, the rest served in 2 to 14 days.
                var cancelled = i % 37 == 0;
                var openAt = i >= Requests - 600 ? (RequestState?)(RequestState)(random.Next(4) switch { 0 => RequestState.Submitted, 1 => RequestState.RequirementsComplete, 2 => RequestState.InPreparation, _ => RequestState.AwaitingPayment }) : null;
                var serviceDays = 2 + random.Next(channel == SalesChannel.WalkIn ? 1 : 13);
                var step = 0;
                DateTimeOffset Next() => At(days[Math.Min(days.IndexOf(day) + (++step * serviceDays / 8), days.Count - 1)], 10 + (step % 6), random.Next(60));

                if (cancelled)
                {
                    request.Fire(RequestTrigger.Cancel, Officer, Next(), "Data yang diminta tidak tersedia.");
                }
                else if (openAt != RequestState.Submitted)
                {
                    request.Fire(RequestTrigger.CompleteRequirements, Officer, Next());
                    if (openAt != RequestState.RequirementsComplete)
                    {
                        var price = 50_000 + (i % 7 * 25_000);
                        line.RecordInvoiced(new PriceQuote("PP 7/2026", [new PriceComponent($"T{i % 7 + 1}", $"Tariff item {i % 7 + 1}", 1, "item", new Rupiah(price), new Rupiah(price))]));
                        request.Fire(RequestTrigger.IssueOffer, Officer, Next());
                        request.Fire(RequestTrigger.AcceptOffer, desk, Next());
                        if (openAt != RequestState.InPreparation)
                        {
                            request.Fire(RequestTrigger.MarkProductReady, Officer, Next());
                            if (openAt is null)
                            {
                                var paidAt = Next();
                                request.Fire(RequestTrigger.ConfirmPayment, Treasurer, paidAt);
                                var receiptAt = Next();
                                request.Fire(RequestTrigger.IssueReceipt, Treasurer, receiptAt);
                                if (receipts++ < Receipts)
                                {
                                    var zero = i % 41 == 0;
                                    var method = channel == SalesChannel.WalkIn ? PaymentMethod.Cash : i % 29 == 0 ? PaymentMethod.Transfer : PaymentMethod.BillingCode;
                                    db.Add(new Payment(request.Id, method, new Rupiah(zero ? 0 : price), method == PaymentMethod.BillingCode ? $"8{i:D14}" : null, null, null, null, DateOnly.FromDateTime(paidAt.DateTime), Treasurer.UserId, paidAt));
                                    db.Add(new Receipt($"KW-2026-{receipts:D5}", request.Id, zero ? 0 : price, receiptAt, Treasurer.UserId));
                                }

                                request.Fire(RequestTrigger.Deliver, Officer, Next());
                                request.RecordFirstDelivery(calendar); // as the officer's delivery step does
                                var completedAt = Next();
                                request.Fire(RequestTrigger.AcceptProduct, desk, completedAt);
                                completed.Add((request.Id, channel, item.ProductTypeId, completedAt));
                            }
                        }
                    }
                }

                db.Add(request);
            }

            await db.SaveChangesAsync();
        }

        return completed;
    }

    private static async Task SeedTicketsAsync(IServiceProvider services, List<DateOnly> days, Random random)
    {
        List<WalkInService> walkInServices;
        List<string> counters;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            walkInServices = await db.Set<WalkInService>().AsNoTracking().ToListAsync();
            counters = await db.Set<Counter>().AsNoTracking().Select(c => c.Code).ToListAsync();
        }

        var perDay = (Tickets + days.Count - 1) / days.Count;
        var made = 0;
        for (var d = 0; d < days.Count && made < Tickets; d += Batch / perDay)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            foreach (var day in days.Skip(d).Take(Batch / perDay))
            {
                for (var n = 1; n <= perDay && made < Tickets; n++, made++)
                {
                    var service = walkInServices[n % walkInServices.Count];
                    var issuedAt = At(day, 8, 0).AddMinutes(n * 420 / perDay);
                    var ticket = new QueueTicket(Guid.NewGuid(), service.Code, service.Prefix, day, n, issuedAt, priority: n % 50 == 0);
                    var calledAt = issuedAt.AddMinutes(random.Next(16));
                    ticket.Call(counters[n % counters.Count], calledAt);
                    if (n % 20 == 0)
                    {
                        ticket.MarkNoShow(calledAt.AddMinutes(5));
                    }
                    else
                    {
                        ticket.Start(calledAt.AddMinutes(1));
                        ticket.Finish(calledAt.AddMinutes(5 + random.Next(20)));
                    }

                    db.Add(ticket);
                }
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task SeedResponsesAsync(IServiceProvider services, List<(Guid Id, SalesChannel Channel, string ProductType, DateTimeOffset CompletedAt)> completed, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
        foreach (var (id, channel, productType, completedAt) in completed.Where((_, i) => i % 3 == 0).Take(Responses))
        {
            var scores = SurveyScores.Of([.. Enumerable.Range(0, 9).Select(_ => 2 + random.Next(3))]);
            db.Add(new SurveyResponse(Guid.NewGuid(), "permintaan", id.ToString(), channel, id, null, null, [productType], scores, null, completedAt.AddHours(2)));
        }

        await db.SaveChangesAsync();
    }

    private static async Task SeedComplaintsAsync(IServiceProvider services, List<DateOnly> days, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
        for (var i = 0; i < Complaints; i++)
        {
            var day = days[i * days.Count / Complaints];
            var complaint = new Complaint(Guid.NewGuid(), string.Create(CultureInfo.InvariantCulture, $"ADU-2026-{i + 1:D4}"), (ComplaintChannel)(i % 5), (ComplaintCategory)(i % 5), "Layanan terlalu lama.", At(day, 10, 0));
            if (i % 10 != 0)
            {
                complaint.Reply("bench-officer", "Petugas", "Terima kasih, kami tindak lanjuti.", At(day, 14, 0));
                complaint.Close(ComplaintOutcome.Resolved, "bench-officer", "Petugas", "Selesai.", At(days[Math.Min(days.IndexOf(day) + random.Next(8), days.Count - 1)], 15, 0));
            }

            db.Add(complaint);
        }

        await db.SaveChangesAsync();
    }
}
