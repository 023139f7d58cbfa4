using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Reports;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.Payments.Receipts;

namespace Pst.Payments.Reports;

/// <summary>
/// The PNBP part of the supervisor's report: the receipts issued in the period and their money by tariff item and
/// by month. Items are what each request's invoice charged (<see cref="ListInvoicedCharges"/>), so the split follows
/// the documents, not today's tariffs. A receipt of the zero tariff brings no revenue. Should a paid receipt's items
/// not add up to its amount (an invoice issued before items were kept), the difference stands on its own row, so
/// the item table always sums to the receipts and the gap is shown, never hidden. The money is also split by how it
/// was paid (billing code, transfer from abroad, cash at the desk), and the zero-tariff receipts are listed apart
/// with what their invoice's items would have cost.
/// </summary>
public sealed class RevenueReport(PstDbContext db, IMessages messages, IStringLocalizer<PaymentsModule> text) : IServiceReport
{
    public string ModuleId => PaymentsModule.Id;

    public int Order => 30;

    public async Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (start, end) = (period.StartsAt, period.EndsAt);
        var receipts = (await db.Set<Receipt>().AsNoTracking().Where(r => r.ReplacedBy == null && r.IssuedAt >= start && r.IssuedAt < end).ToListAsync(cancellationToken))
            .OrderBy(r => r.IssuedAt).ToList();
        var requestIds = receipts.Select(r => r.RequestId).Distinct().ToList();
        var requests = (await messages.SendAsync(new ListInvoicedCharges(requestIds), cancellationToken)).ToDictionary(r => r.Id);

        // How the money came in, grouped and summed by the database.
        var byMethod = await (
            from r in db.Set<Receipt>().AsNoTracking()
            where r.ReplacedBy == null && r.IssuedAt >= start && r.IssuedAt < end && r.Amount > 0
            join p in db.Set<Settling.Payment>().AsNoTracking() on r.RequestId equals p.RequestId into paid
            from p in paid.DefaultIfEmpty()
            group r by (Settling.PaymentMethod?)p!.Method into g
            select new { Method = g.Key, Count = g.Count(), Amount = g.Sum(r => r.Amount) }).ToListAsync(cancellationToken);

        var items = new Dictionary<string, (string Description, long Amount)>(StringComparer.Ordinal);
        long unitemised = 0;
        foreach (var receipt in receipts.Where(r => r.Amount > 0))
        {
            var charges = requests.TryGetValue(receipt.RequestId, out var request) ? request.Charges : [];
            if (charges.Sum(c => c.Amount) != receipt.Amount)
            {
                unitemised += receipt.Amount;
                continue;
            }

            foreach (var charge in charges)
            {
                var known = items.GetValueOrDefault(charge.TariffCode, (charge.Description.ToString(), 0));
                items[charge.TariffCode] = (known.Description, known.Amount + charge.Amount);
            }
        }

        var total = receipts.Sum(r => r.Amount);
        var itemised = items.Values.Sum(i => i.Amount) + unitemised;
        var zeroTariff = receipts.Where(r => r.Amount == 0).Select(r => (Receipt: r, Request: requests.GetValueOrDefault(r.RequestId))).ToList();
        List<IReadOnlyList<object?>> itemRows = [.. items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => (IReadOnlyList<object?>)[i.Key, i.Value.Description, i.Value.Amount])];
        if (unitemised != 0)
        {
            itemRows.Add(["–", text["Not itemised (the invoice's items were not kept)"].Value, unitemised]);
        }

        return new ReportSection(
            "revenue",
            text["PNBP revenue"],
            [
                new(text["Receipts issued"], receipts.Count, ReportValueKind.Count),
                new(text["Of which zero tariff"], receipts.Count(r => r.Amount == 0), ReportValueKind.Count),
                new(text["Revenue"], total, ReportValueKind.Rupiah),
                new(text["Difference between the tariff items and the receipts"], itemised - total, ReportValueKind.Rupiah),
            ],
            [
                new ReportTable(
                    "revenue-by-tariff-item",
                    text["Revenue by tariff item"],
                    [new(text["Tariff item"]), new(text["Description"]), new(text["Amount"], ReportValueKind.Rupiah)],
                    itemRows,
                    [text["Total"].Value, null, total]).Checked(),
                new ReportTable(
                    "revenue-by-payment-channel",
                    text["Revenue by how it was paid"],
                    [new(text["Paid by"]), new(text["Receipts"], ReportValueKind.Count), new(text["Amount"], ReportValueKind.Rupiah)],
                    byMethod.OrderBy(m => m.Method)
                        .Select(m => (IReadOnlyList<object?>)[m.Method is { } method ? text[$"PaymentMethod.{method}"].Value : text["Not recorded"].Value, m.Count, m.Amount]).ToList(),
                    [text["Total"].Value, receipts.Count(r => r.Amount > 0), total],
                    ChartColumn: 2).Checked(),
                new ReportTable(
                    "revenue-zero-tariff",
                    text["Zero-tariff receipts, with what their items would have cost"],
                    [new(text["Receipt"]), new(text["Request"]), new(text["Value at the tariff"], ReportValueKind.Rupiah)],
                    zeroTariff.Select(z => (IReadOnlyList<object?>)[z.Receipt.Number, z.Request?.Number, z.Request?.Charges.Sum(c => c.Amount) ?? 0L]).ToList(),
                    [text["Total"].Value, null, zeroTariff.Sum(z => z.Request?.Charges.Sum(c => c.Amount) ?? 0L)]).Checked(),
                new ReportTable(
                    "revenue-by-month",
                    text["Revenue by month"],
                    [new(text["Month"]), new(text["Receipts"], ReportValueKind.Count), new(text["Amount"], ReportValueKind.Rupiah)],
                    period.Months.Select(month =>
                    {
                        var inMonth = receipts.Where(r => month.Contains(r.IssuedAt)).ToList();
                        return (IReadOnlyList<object?>)[PeriodNames.Of(month, text), inMonth.Count, inMonth.Sum(r => r.Amount)];
                    }).ToList(),
                    [text["Total"].Value, receipts.Count, total],
                    ChartColumn: 2).Checked(),
                new ReportTable(
                    "revenue-receipts",
                    text["Receipts issued"],
                    [new(text["Receipt"]), new(text["Date"]), new(text["Request"]), new(text["Amount"], ReportValueKind.Rupiah)],
                    receipts.Select(r => (IReadOnlyList<object?>)[
                        r.Number,
                        OfficeTime.DateOf(r.IssuedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        requests.GetValueOrDefault(r.RequestId)?.Number,
                        r.Amount]).ToList(),
                    [text["Total"].Value, null, null, total]).Checked(),
            ],
            unitemised != 0 ? [text["Some receipts could not be split by tariff item; their amount stands on its own row."].Value] : []);
    }
}
