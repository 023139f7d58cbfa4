using Microsoft.EntityFrameworkCore;
using Pst.Core.Content;
using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Data.Tariffs;

internal sealed class EfTariffStore(PstDbContext db, IEnumerable<IPublicPageCache> caches) : ITariffStore
{
    public async Task<TariffBook> LoadAsync(CancellationToken cancellationToken = default)
    {
        var schedules = await db.TariffSchedules.AsNoTracking().Include(s => s.Items).ToListAsync(cancellationToken);
        return new TariffBook(schedules.Select(s => new TariffSchedule(
            s.Regulation,
            s.EffectiveFrom,
            s.Items.OrderBy(i => i.Position).Select(i => new TariffItem(i.Code, new LocalizedName(i.Description, i.DescriptionEn), new LocalizedName(i.Unit, i.UnitEn), i.Amount is { } amount ? new Rupiah(amount) : null)).ToList(),
            s.Confirmed)));
    }

    public async Task SetAsync(TariffSchedule schedule, CancellationToken cancellationToken = default)
    {
        var record = await db.TariffSchedules.Include(s => s.Items).SingleOrDefaultAsync(s => s.Regulation == schedule.Regulation, cancellationToken);
        if (record is null)
        {
            db.TariffSchedules.Add(record = new TariffScheduleRecord { Regulation = schedule.Regulation });
        }

        record.EffectiveFrom = schedule.EffectiveFrom;
        record.Confirmed = schedule.Confirmed;
        db.TariffItems.RemoveRange(record.Items.Where(i => schedule.Items.All(s => s.Code != i.Code)));
        var position = 0;
        foreach (var item in schedule.Items)
        {
            var row = record.Items.FirstOrDefault(i => i.Code == item.Code);
            if (row is null)
            {
                record.Items.Add(row = new TariffItemRecord { Regulation = schedule.Regulation, Code = item.Code });
            }

            // Equal values leave a row unchanged, so re-applying the same schedule writes nothing.
            row.Position = position++;
            (row.Description, row.DescriptionEn) = (item.Description.Indonesian, item.Description.English);
            (row.Unit, row.UnitEn) = (item.Unit.Indonesian, item.Unit.English);
            row.Amount = item.Amount?.Amount;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var cache in caches)
        {
            await cache.EvictAsync(cancellationToken);
        }
    }
}
