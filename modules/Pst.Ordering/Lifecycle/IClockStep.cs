namespace Pst.Ordering.Lifecycle;

/// <summary>What <see cref="ServiceClock"/> reads of a step: when it was taken and the state it led to.</summary>
internal interface IClockStep
{
    DateTimeOffset At { get; }

    RequestState To { get; }
}
