using Pst.Core.Kernel;
using Pst.Ordering.Abstractions;

namespace Pst.Payments;

/// <summary>Checks shared by the payment commands.</summary>
internal static class PaymentRules
{
    public static void RequireTreasurer(RequestActor actor)
    {
        if (actor.Role != ActorRole.Treasurer)
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }
    }

    /// <summary>What is paid is what the invoice says, never a price worked out again from today's tariffs.</summary>
    public static Rupiah AmountDue(RequestSummary request) =>
        request.AmountDue ?? throw new InvalidOperationException($"Request {request.Id} is paid before its invoice was issued.");
}
