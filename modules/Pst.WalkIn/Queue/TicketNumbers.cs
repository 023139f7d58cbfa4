using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.WalkIn.Desks;

namespace Pst.WalkIn.Queue;

/// <summary>
/// A queue slip's number on the verification page: "A001" restarts each day, so it is found on the day printed on the
/// slip. It confirms the slip (service, time, where the ticket stands), never who held it.
/// </summary>
internal sealed class TicketNumbers(PstDbContext db, IStringLocalizer<WalkInModule> text) : IPrintedNumberSource
{
    public async Task<PrintedNumber?> FindAsync(string number, DateOnly day, CancellationToken cancellationToken = default)
    {
        if (number.Length is < 2 or > 8 || !number.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var ticket = await db.Set<QueueTicket>().AsNoTracking()
            .Where(t => t.Day == day && t.Number == number)
            .Select(t => new { t.Number, t.IssuedAt, t.State, Service = db.Set<WalkInService>().Where(s => s.Code == t.ServiceCode).Select(s => s.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var issued = OfficeTime.Local(ticket.IssuedAt);
        return new PrintedNumber(
            ticket.Number,
            text["Queue ticket"],
            ticket.IssuedAt,
            [
                new PrintedFact(text["Service"], ticket.Service?.ToString() ?? ""),
                new PrintedFact(text["Day"], issued.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture)),
                new PrintedFact(text["Status"], text["TicketState." + ticket.State]),
            ]);
    }
}
