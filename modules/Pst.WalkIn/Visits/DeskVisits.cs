using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Core.Messaging;
using Pst.Data.Accounts;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.GuestBook;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Visits;

/// <summary>
/// A visit at the desk: the request the officer makes with the visitor from their guest-book entry (steps 5–6 of
/// the walk-in procedure), on the visitor's own customer account, and the request a ticket's visit made (for the
/// satisfaction survey of the visit, step 20).
/// </summary>
public sealed class DeskVisits(PstDbContext db, IVisitorAccounts accounts, IMessages messages)
{
    /// <summary>The guest-book entry of a ticket (tracked, so the desk can link its request).</summary>
    public Task<GuestBookEntry?> EntryOfTicketAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        db.Set<GuestBookEntry>().SingleOrDefaultAsync(e => e.TicketId == ticketId, cancellationToken);

    /// <summary>The visit a walk-in request was made on.</summary>
    public Task<GuestBookEntry?> EntryOfRequestAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        db.Set<GuestBookEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.RequestId == requestId, cancellationToken);

    /// <summary>
    /// Opens the visitor's walk-in request, or gives the one already opened on this visit. The visitor's account is
    /// found by their e-mail address or opened from the guest book.
    /// </summary>
    /// <param name="npwp">As typed at the desk; required for a private business.</param>
    public async Task<Guid> OpenRequestAsync(GuestBookEntry entry, RequestActor officer, string? npwp, string siteAddress, CancellationToken cancellationToken = default)
    {
        if (entry.RequestId is { } open)
        {
            return open;
        }

        if (entry.Email is not { Length: > 0 } email)
        {
            throw new WalkInStepRefusedException("A request needs the visitor's e-mail address. Add it to the guest book first.");
        }

        // The guest book records no domicile: a visitor at the desk is taken as living in Indonesia, as their account is made.
        var (checkedNpwp, fault) = NpwpRule.Check(entry.Segment, Domicile.Indonesia, npwp);
        if (fault is not null)
        {
            throw new WalkInStepRefusedException(fault);
        }

        var visitor = new Visitor(email, entry.Name, entry.IdentityDocumentType, entry.IdentityNumber, entry.Segment, entry.Institution, entry.Phone, checkedNpwp);
        var requestId = await messages.SendAsync(new OpenDeskRequest(officer, await accounts.FindOrOpenAsync(visitor, siteAddress, cancellationToken)), cancellationToken);
        entry.RequestId = requestId;
        await db.SaveChangesAsync(cancellationToken);
        return requestId;
    }

    /// <summary>The request of a ticket's visit; null when the visit made none.</summary>
    public async Task<RequestSummary?> RequestOfTicketAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        await EntryOfTicketAsync(ticketId, cancellationToken) is { RequestId: { } requestId }
            ? await messages.SendAsync(new GetRequest(requestId), cancellationToken)
            : null;
}
