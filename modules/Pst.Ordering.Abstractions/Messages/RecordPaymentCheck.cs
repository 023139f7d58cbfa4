using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// The payments module tells ordering that the customer of a request waiting for payment sent something the office
/// must verify (<paramref name="Pending"/>: a proof of transfer, say), or that the office has decided on it. The
/// standard's 10 working days run while the office has it, and pause again when it goes back to the customer.
/// </summary>
public sealed record RecordPaymentCheck(Guid RequestId, bool Pending) : IMessage<Done>;
