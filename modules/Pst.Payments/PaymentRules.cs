using Pst.Ordering.Lifecycle;

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
}
