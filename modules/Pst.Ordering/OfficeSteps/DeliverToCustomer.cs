using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.OfficeSteps;

/// <summary>The officer delivers the product (or a corrected one, with an answer), online or handed over at the desk.</summary>
/// <param name="Corrected">Sending again: files the officer corrected by hand, each replacing a delivered file.</param>
internal sealed record DeliverToCustomer(Guid RequestId, RequestActor Officer, RequestTrigger Trigger, string? Answer, DeskHandover? Handover, IReadOnlyList<CorrectedProductFile>? Corrected = null)
    : OfficeStep(RequestId, Officer);

internal sealed class DeliverToCustomerHandler(RequestStore store, DeliverProduct delivery) : OfficeStepHandler<DeliverToCustomer>(store)
{
    protected override Task TakeAsync(Request request, DeliverToCustomer step, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(request, step.Officer, step.Trigger, step.Answer, step.Handover, step.Corrected, cancellationToken);
}
