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
public sealed record AddToRequestOutcome(Guid? RequestId, IReadOnlyList<LineValidationError> Errors);

/// <summary>
/// The customer's cart: one draft request per customer, to which catalogue items are added with their choices.
/// After every change the required documents are worked out again from the lines and the customer's profile.
/// </summary>
public sealed class DraftRequests(
    PstDbContext db,
    RequestStore store,
    CatalogueBrowser catalogue,
    ProductLineService lines,
    PriceRequest prices,
    CustomerProfiles profiles,
    TimeProvider clock)
{
    /// <summary>The customer's open draft, if they have one.</summary>
    public Task<Request?> FindDraftAsync(string customerId, CancellationToken cancellationToken = default) =>
        db.Set<Request>()
            .Where(r => r.CustomerId == customerId && r.State == RequestState.Draft)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds an offered item with the customer's choices to their draft, opening one when they have none.</summary>
    public async Task<AddToRequestOutcome?> AddAsync(RequestActor customer, string itemCode, LineChoices choices, CancellationToken cancellationToken = default)
    {
        if (await catalogue.FindAsync(itemCode, cancellationToken) is not var (item, _))
        {
            return null;
        }

        var profile = await RequireProfileAsync(customer, cancellationToken);
        var context = ContextFor(profile);
        var errors = await lines.ValidateAsync(new ProductLine(item, choices, context), cancellationToken);
        if (errors.Count > 0)
        {
            return new AddToRequestOutcome(null, errors);
        }

        var draft = await FindDraftAsync(customer.UserId, cancellationToken);
        if (draft is null)
        {
            draft = new Request(Guid.NewGuid(), customer.UserId, SalesChannel.Online, clock.GetUtcNow());
            store.Add(draft);
        }

        draft.AddLine(customer, item, choices);
        await RefreshRequirementsAsync(draft, profile, cancellationToken);
        await store.SaveAsync(cancellationToken);
        return new AddToRequestOutcome(draft.Id, []);
    }

    /// <summary>Takes a line out of the customer's draft.</summary>
    public async Task<bool> RemoveLineAsync(RequestActor customer, Guid requestId, int lineNumber, CancellationToken cancellationToken = default) =>
        await ChangeAsync(customer, requestId, r => r.RemoveLine(customer, lineNumber), cancellationToken);

    /// <summary>Asks for the zero tariff (or drops the claim when <paramref name="category"/> is null).</summary>
    public async Task<bool> SetZeroTariffClaimAsync(RequestActor customer, Guid requestId, ZeroTariffCategory? category, ZeroTariffPurpose? purpose, CancellationToken cancellationToken = default) =>
        await ChangeAsync(customer, requestId, r =>
        {
            if (category is { } c && purpose is { } p)
            {
                r.ClaimZeroTariff(customer, c, p);
            }
            else
            {
                r.DropZeroTariffClaim(customer);
            }
        }, cancellationToken);

    /// <summary>Works out the documents the draft needs now (lines, profile, zero-tariff claim) and whether it needs an agreement.</summary>
    public async Task RefreshRequirementsAsync(Request draft, CustomerProfile profile, CancellationToken cancellationToken = default)
    {
        var requirements = new List<ProductRequirements>();
        foreach (var (_, product) in await prices.ResolveAsync(draft, ContextFor(profile), cancellationToken))
        {
            requirements.Add(await lines.RequirementsAsync(product, cancellationToken));
        }

        var codes = RequiredDocuments.For(requirements, profile.SegmentOrDefault, draft.Channel, draft.ZeroTariff is not null);
        draft.SetRequirements(codes, requirements.Any(r => r.NeedsAgreement));
    }

    private async Task<bool> ChangeAsync(RequestActor customer, Guid requestId, Action<Request> change, CancellationToken cancellationToken)
    {
        if (await store.FindOwnAsync(requestId, customer.UserId, cancellationToken) is not { } request)
        {
            return false;
        }

        change(request);
        await RefreshRequirementsAsync(request, await RequireProfileAsync(customer, cancellationToken), cancellationToken);
        await store.SaveAsync(cancellationToken);
        return true;
    }

    private async Task<CustomerProfile> RequireProfileAsync(RequestActor customer, CancellationToken cancellationToken) =>
        await profiles.FindAsync(customer.UserId, cancellationToken)
        ?? throw new InvalidOperationException($"There is no account {customer.UserId}.");

    private OrderingContext ContextFor(CustomerProfile profile) =>
        new(SalesChannel.Online, profile.SegmentOrDefault, profile.Domicile ?? Domicile.Indonesia, OfficeTime.DateOf(clock.GetUtcNow()));
}
