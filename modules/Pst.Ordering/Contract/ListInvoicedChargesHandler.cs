using Microsoft.EntityFrameworkCore;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Contract;

/// <summary>Reads only the numbers and the invoiced price of the lines, one narrow query whatever the number of requests.</summary>
internal sealed class ListInvoicedChargesHandler(PstDbContext db) : IMessageHandler<ListInvoicedCharges, IReadOnlyList<InvoicedRequest>>
{
    public async Task<IReadOnlyList<InvoicedRequest>> HandleAsync(ListInvoicedCharges message, CancellationToken cancellationToken)
    {
        var ids = message.Ids;
        // One pass over the requests and their invoiced lines; a request without one still comes back, with no charges.
        var rows = await (
                from r in db.Set<Request>().AsNoTracking()
                where ids.Contains(r.Id) && r.Number != null
                from l in r.Lines.Where(l => l.InvoicedJson != null).DefaultIfEmpty()
                select new { r.Id, r.Number, Line = (int?)l!.Number, l.InvoicedJson }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g => new InvoicedRequest(
                g.Key,
                g.First().Number!,
                g.Where(l => l.InvoicedJson is not null).OrderBy(l => l.Line).SelectMany(l => RequestLine.ReadInvoiced(l.InvoicedJson)!.Summaries()).ToList()))
            .ToList();
    }
}
