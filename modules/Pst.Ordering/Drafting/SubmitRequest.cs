using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Drafting;

/// <summary>
/// The customer sends their draft (step 5 of the online procedure): requirements are worked out once more from the
/// profile as it is now, the profile must say who the customer is, and the request gets its number and keeps the
/// customer's details. Anything missing refuses with a reason and changes nothing.
/// </summary>
internal sealed class SubmitRequest(RequestStore store, DraftRequests drafts, PriceRequest prices, CustomerProfiles profiles, TimeProvider clock)
{
    /// <param name="actor">The customer online, or the officer sending a walk-in request with the visitor at the desk.</param>
    public async Task SubmitAsync(Request draft, RequestActor actor, CancellationToken cancellationToken = default)
    {
        var profile = await profiles.FindAsync(draft.CustomerId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no account {draft.CustomerId}.");
        if (!profile.CompleteForRequests)
        {
            throw new TransitionRefusedException("Please complete your profile (name, segment, domicile, and NPWP for a private business in Indonesia) before sending a request.");
        }

        if ((await prices.WithdrawnLinesAsync(draft, cancellationToken)).FirstOrDefault() is { } withdrawn)
        {
            throw new TransitionRefusedException("{0} is no longer offered. Remove it from the request before sending.", withdrawn.ItemTitle);
        }

        await drafts.RefreshRequirementsAsync(draft, profile, cancellationToken);
        draft.Check(RequestTrigger.Submit, actor); // before a number is drawn, so numbers have no gaps
        var now = clock.GetUtcNow();
        await using var transaction = await store.BeginAsync(cancellationToken);
        draft.Submit(actor, now, await store.NextNumberAsync(now, cancellationToken), profile.ToDetails());
        await store.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await store.DeleteDiscardedFilesAsync(); // a document no longer required at sending
    }
}
