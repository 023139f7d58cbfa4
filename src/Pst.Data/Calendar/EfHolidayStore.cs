using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;

namespace Pst.Data.Calendar;

internal sealed class EfHolidayStore(PstDbContext db) : IHolidayStore
{
    public async Task<IReadOnlyList<Holiday>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken))
            .Select(h => new Holiday(h.Date, Enum.Parse<HolidayKind>(h.Kind), h.Name))
            .ToList();

    public async Task SetAsync(Holiday holiday, CancellationToken cancellationToken = default)
    {
        var record = await db.Holidays.FindAsync([holiday.Date], cancellationToken);
        if (record is null)
        {
            db.Holidays.Add(record = new HolidayRecord { Date = holiday.Date });
        }

        // Assigning equal values leaves the entity unchanged, so re-applying a recipe writes nothing.
        record.Kind = holiday.Kind.ToString();
        record.Name = holiday.Name;
        await db.SaveChangesAsync(cancellationToken);
    }
}
