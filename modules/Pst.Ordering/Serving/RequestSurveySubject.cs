using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Feedback;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// A request as the satisfaction survey sees it (step 19 online, step 20 at the desk): the customer's own, open once
/// completed (the product checked and accepted); answering it takes the request to "rated".
/// </summary>
internal sealed class RequestSurveySubject(PstDbContext db, RequestStore store, CurrentActor actors) : ISurveySubject
{
    public string Kind => SurveySubjectKinds.Request;

    public async Task<SurveySubjectFacts?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await OwnAsync(id, user, cancellationToken) is { } found ? Facts(found.Request) : null;

    /// <summary>What the survey covers of a request, also for a walk-in visit's ticket.</summary>
    public static SurveySubjectFacts Facts(Request request) => new(
        request.Number ?? "",
        request.Channel,
        request.Id,
        null,
        null,
        request.Lines.Select(l => l.ProductTypeId).Distinct().ToList(),
        request.State is RequestState.Completed or RequestState.Rated ? null : SurveyWait.UntilProductAccepted,
        $"/permintaan/{request.Id}");

    public async Task SaveAnsweredAsync(Guid id, ClaimsPrincipal user, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (request, customer) = await OwnAsync(id, user, cancellationToken) ?? throw new InvalidOperationException("The survey's request is not the customer's.");
        if (request.State == RequestState.Completed)
        {
            request.Rate(customer, at);
        }

        await store.SaveAsync(cancellationToken);
    }

    /// <summary>Online requests completed in the period; a walk-in request is counted with its visit.</summary>
    public Task<int> CountServedAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        db.Set<Request>().CountAsync(r => r.Channel == SalesChannel.Online && r.CompletedAt >= start && r.CompletedAt < end, cancellationToken);

    private async Task<(Request Request, RequestActor Customer)?> OwnAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await actors.CustomerAsync(user, cancellationToken) is { } customer && await store.FindOwnAsync(id, customer.UserId, cancellationToken) is { } request
            ? (request, customer)
            : null;
}
