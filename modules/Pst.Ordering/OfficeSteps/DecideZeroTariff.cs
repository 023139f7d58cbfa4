using Pst.Ordering.Drafting;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.OfficeSteps;

/// <summary>The officer approves or refuses the customer's claim to the zero tariff.</summary>
internal sealed record DecideZeroTariff(Guid RequestId, RequestActor Officer, bool Approve, string? Reason) : OfficeStep(RequestId, Officer);

internal sealed class DecideZeroTariffHandler(RequestStore store) : OfficeStepHandler<DecideZeroTariff>(store)
{
    protected override Task TakeAsync(Request request, DecideZeroTariff step, CancellationToken cancellationToken)
    {
        request.DecideZeroTariff(step.Officer, step.Approve, step.Reason);
        return Task.CompletedTask;
    }
}

/// <summary>The visitor at the desk claims the zero tariff (or drops the claim, with no category), as a customer does online.</summary>
internal sealed record ClaimZeroTariffAtDesk(Guid RequestId, RequestActor Officer, ZeroTariffCategory? Category, ZeroTariffPurpose? Purpose) : OfficeStep(RequestId, Officer);

internal sealed class ClaimZeroTariffAtDeskHandler(RequestStore store, DraftRequests drafts) : OfficeStepHandler<ClaimZeroTariffAtDesk>(store)
{
    protected override Task TakeAsync(Request request, ClaimZeroTariffAtDesk step, CancellationToken cancellationToken) =>
        drafts.SetZeroTariffClaimAsync(step.Officer, request.Id, step.Category, step.Purpose, cancellationToken);
}
