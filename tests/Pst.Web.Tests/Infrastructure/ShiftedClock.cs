namespace Pst.Web.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset a test moves forward. Unlike a frozen fake clock, time keeps running, so timers,
/// the outbox worker and sign-in cookies behave as in production.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
