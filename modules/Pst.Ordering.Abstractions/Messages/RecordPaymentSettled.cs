using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// The payments module tells ordering that the money of a request waiting for payment is in: the request moves to
/// "payment settled". Refused (<see cref="TransitionRefusedException"/>) when the treasurer may not take that step now.
/// Sent again for the same payment, it does nothing the second time (<see cref="IIdempotentCommand"/>).
/// </summary>
public sealed record RecordPaymentSettled(Guid RequestId, RequestActor Treasurer, Guid PaymentId) : IIdempotentCommand
{
    public Guid MessageId => PaymentId;
}
