using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Drafting;

/// <summary>What adding an item gave: the draft it went into, or the faults of the choices.</summary>
internal sealed record AddToRequestOutcome(Guid? RequestId, IReadOnlyList<LineValidationError> Errors);

/// <summary>
/// The customer's cart: one draft request per customer, to which catalogue items are added with their choices.
/// At the walk-in desk the officer opens a draft for the visitor and puts it together with them. After every change
/// the required documents are worked out again from the lines, the channel and the customer's profile.
/// </summary>
internal sealed class DraftRequests(
    PstDbContext db,
    RequestStore store,
    CatalogueBrowser catalogue,
    ProductLineService lines,
    PriceRequest prices,
    CustomerProfiles profiles,
    TimeProvider clock)
{
    /// <summary>The customer's open online draft (their cart), if they have one; a draft made with them at the desk is not it.</summary>
    public Task<Request?> FindDraftAsync(string customerId, CancellationToken cancellationToken = default) =>
        db.Set<Request>()
            .Where(r => r.CustomerId == customerId && r.State == RequestState.Draft && r.Channel == SalesChannel.Online)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The officer opens a walk-in draft for a visitor's account (step 6 of the walk-in procedure), to put the
    /// request together with them at the desk.
    /// </summary>
    public async Task<Request> OpenAtDeskAsync(RequestActor officer, string customerId, CancellationToken cancellationToken = default)
    {
        if (officer.Role != ActorRole.Officer)
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }

        var draft = new Request(Guid.NewGuid(), customerId, SalesChannel.WalkIn, clock.GetUtcNow());
        await RefreshRequirementsAsync(draft, await RequireProfileAsync(customerId, cancellationToken), cancellationToken);
        store.Add(draft);
        await store.SaveAsync(cancellationToken);
        return draft;
    }

    /// <summary>
    /// Adds an offered item with the customer's choices to their draft, opening one when they have none; or, when
    /// the officer adds it at the desk, to the walk-in draft <paramref name="deskRequestId"/>.
    /// </summary>
    public async Task<AddToRequestOutcome?> AddAsync(RequestActor actor, string itemCode, LineChoices choices, Guid? deskRequestId = null, CancellationToken cancellationToken = default)
    {
        if (await catalogue.FindAsync(itemCode, cancellationToken) is not var (item, _))
        {
            return null;
        }

        var draft = deskRequestId is { } id ? await FindDraftableAsync(actor, id, cancellationToken) : await FindDraftAsync(actor.UserId, cancellationToken);
        if (deskRequestId is not null && draft is null)
        {
            return null;
        }

        var profile = await RequireProfileAsync(draft?.CustomerId ?? actor.UserId, cancellationToken);
        var errors = await lines.ValidateAsync(new ProductLine(item, choices, ContextFor(profile, draft?.Channel ?? SalesChannel.Online)), cancellationToken);
        if (errors.Count > 0)
        {
            return new AddToRequestOutcome(null, errors);
        }

        if (draft is null)
        {
            draft = new Request(Guid.NewGuid(), actor.UserId, SalesChannel.Online, clock.GetUtcNow());
            store.Add(draft);
        }

        draft.AddLine(actor, item, choices);
        await RefreshRequirementsAsync(draft, profile, cancellationToken);
        await store.SaveAsync(cancellationToken);
        return new AddToRequestOutcome(draft.Id, []);
    }

    /// <summary>Takes a line out of a draft.</summary>
    public async Task<bool> RemoveLineAsync(RequestActor actor, Guid requestId, int lineNumber, CancellationToken cancellationToken = default) =>
        await ChangeAsync(actor, requestId, (r, _) => r.RemoveLine(actor, lineNumber), cancellationToken);

    /// <summary>Asks for the zero tariff (or drops the claim when <paramref name="category"/> is null).</summary>
    public async Task<bool> SetZeroTariffClaimAsync(RequestActor actor, Guid requestId, ZeroTariffCategory? category, ZeroTariffPurpose? purpose, CancellationToken cancellationToken = default) =>
        await ChangeAsync(actor, requestId, (r, profile) =>
        {
            if (category is { } c && purpose is { } p)
            {
                r.ClaimZeroTariff(actor, c, p, profile.ToDetails());
            }
            else
            {
                r.DropZeroTariffClaim(actor);
            }
        }, cancellationToken);

    /// <summary>Works out the documents the draft needs now (lines, profile, zero-tariff claim) and whether it needs an agreement.</summary>
    public async Task RefreshRequirementsAsync(Request draft, CustomerProfile profile, CancellationToken cancellationToken = default)
    {
        var requirements = new List<ProductRequirements>();
        foreach (var (_, product) in await prices.ResolveAsync(draft, ContextFor(profile, draft.Channel), cancellationToken))
        {
            requirements.Add(await lines.RequirementsAsync(product, cancellationToken));
        }

        var codes = RequiredDocuments.For(requirements, profile.SegmentOrDefault, profile.Domicile, draft.Channel, draft.ZeroTariff is not null);
        draft.SetRequirements(codes, requirements.Any(r => r.NeedsAgreement));
    }

    /// <summary>
    /// Brings a draft's required documents up to date with the profile as it is now, which may have changed since the
    /// draft was last touched (an individual who became a business now needs the NPWP): the page then asks for what
    /// sending will. Saved only when something changed; a request past its draft is left as sent.
    /// </summary>
    public async Task RefreshDraftAsync(Request request, CancellationToken cancellationToken = default)
    {
        if (request.State != RequestState.Draft)
        {
            return;
        }

        var version = request.Version;
        await RefreshRequirementsAsync(request, await RequireProfileAsync(request.CustomerId, cancellationToken), cancellationToken);
        if (request.Version != version)
        {
            await store.SaveAsync(cancellationToken);
        }
    }

    private async Task<bool> ChangeAsync(RequestActor actor, Guid requestId, Action<Request, CustomerProfile> change, CancellationToken cancellationToken)
    {
        if (await FindDraftableAsync(actor, requestId, cancellationToken) is not { } request)
        {
            return false;
        }

        var profile = await RequireProfileAsync(request.CustomerId, cancellationToken);
        change(request, profile);
        await RefreshRequirementsAsync(request, profile, cancellationToken);
        await store.SaveAsync(cancellationToken);
        return true;
    }

    /// <summary>A request this actor may put together: the customer's own, or a walk-in request for the officer at the desk.</summary>
    private async Task<Request?> FindDraftableAsync(RequestActor actor, Guid requestId, CancellationToken cancellationToken) =>
        actor.Role == ActorRole.Officer
            ? await store.FindAsync(requestId, cancellationToken) is { Channel: SalesChannel.WalkIn } walkIn ? walkIn : null
            : await store.FindOwnAsync(requestId, actor.UserId, cancellationToken);

    private async Task<CustomerProfile> RequireProfileAsync(string customerId, CancellationToken cancellationToken) =>
        await profiles.FindAsync(customerId, cancellationToken)
        ?? throw new InvalidOperationException($"There is no account {customerId}.");

    private OrderingContext ContextFor(CustomerProfile profile, SalesChannel channel) =>
        new(channel, profile.SegmentOrDefault, profile.Domicile ?? Domicile.Indonesia, OfficeTime.DateOf(clock.GetUtcNow()));
}
