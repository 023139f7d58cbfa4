namespace Pst.Ordering.Lifecycle;

/// <summary>One line of the timeline the customer and staff both see: who did what, when, from which state to which, and why.</summary>
internal sealed record RequestTransition(
    DateTimeOffset At,
    string ActorId,
    ActorRole ActorRole,
    RequestTrigger Trigger,
    RequestState From,
    RequestState To,
    string? Reason) : IClockStep;
