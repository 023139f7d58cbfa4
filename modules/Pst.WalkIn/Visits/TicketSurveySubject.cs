using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Feedback;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Visits;

/// <summary>
/// A walk-in visit as the satisfaction survey sees it (step 20), on the visitor's phone or the desk tablet: the
/// ticket's address stands for the visitor, as on the live ticket page. Open once the visit's request is completed,
/// or for a visit without a request once the visitor has been served; answering it rates the request too (through the
/// ordering contract, with the ticket as the one who answered), so the request and its visit have one answer between them.
/// </summary>
internal sealed class TicketSurveySubject(PstDbContext db, DeskVisits visits, IMessages messages) : ISurveySubject
{
    public string Kind => SurveySubjectKinds.Ticket;

    public async Task<SurveySubjectFacts?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await db.Set<QueueTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } ticket)
        {
            return null;
        }

        var request = await visits.RequestOfTicketAsync(id, cancellationToken);
        var counter = ticket.CounterCode is { } code
            ? await db.Set<Counter>().AsNoTracking().Where(c => c.Code == code).Select(c => c.Name.Indonesian).SingleOrDefaultAsync(cancellationToken) ?? code
            : null;
        var title = $"{ticket.Number} · {ticket.Day:yyyy-MM-dd}" + (request?.Number is { } number ? " · " + number : "");
        // A visit that made a request is answered once the request is completed (the visitor may still stand at
        // the counter, the tablet before them); a visit without one, once the visitor has been served.
        SurveyWait? waiting = request is not null
            ? request.State is RequestState.Completed or RequestState.Rated ? null : SurveyWait.UntilProductAccepted
            : ticket.State == TicketState.Finished ? null : SurveyWait.UntilServed;
        return new SurveySubjectFacts(
            title,
            SalesChannel.WalkIn,
            request?.Id,
            ticket.Id,
            counter,
            request?.Lines.Select(l => l.ProductTypeId).Distinct().ToList() ?? [],
            waiting,
            $"/antrian/tiket/{id}");
    }

    public async Task SaveAnsweredAsync(Guid id, ClaimsPrincipal user, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (await visits.RequestOfTicketAsync(id, cancellationToken) is { State: RequestState.Completed } request)
        {
            await messages.SendAsync(new RateRequest(request.Id, id, at), cancellationToken);
        }

        // The unit of work holds the new response (ISurveySubject): saved with the rating, or here when there is none.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Visitors served at a counter in the period.</summary>
    public Task<int> CountServedAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        db.Set<QueueTicket>().CountAsync(t => t.FinishedAt >= start && t.FinishedAt < end, cancellationToken);
}
