using Microsoft.EntityFrameworkCore;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Contract;

/// <summary>Reads only the numbers and the invoiced price of the lines, two narrow queries whatever the number of requests.</summary>
internal sealed class ListInvoicedChargesHandler(PstDbContext db) : IMessageHandler<ListInvoicedCharges, IReadOnlyList<InvoicedRequest>>
{
    public async Task<IReadOnlyList<InvoicedRequest>> HandleAsync(ListInvoicedCharges message, CancellationToken cancellationToken)
    {
        var ids = message.Ids;
        var requests = await db.Set<Request>().AsNoTracking()
            .Where(r => ids.Contains(r.Id) && r.Number != null)
            .Select(r => new { r.Id, r.Number })
            .ToListAsync(cancellationToken);
        var lines = (await (
                from r in db.Set<Request>().AsNoTracking()
                where ids.Contains(r.Id)
                from l in r.Lines
                where l.InvoicedJson != null
                orderby l.Number
                select new { r.Id, l.InvoicedJson }).ToListAsync(cancellationToken))
            .ToLookup(l => l.Id, l => RequestLine.ReadInvoiced(l.InvoicedJson)!);
        return requests
            .Select(r => new InvoicedRequest(r.Id, r.Number!, lines[r.Id].SelectMany(p => p.Summaries()).ToList()))
            .ToList();
    }
}
