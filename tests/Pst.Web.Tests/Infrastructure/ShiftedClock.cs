namespace Pst.Web.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset a test moves forward. Unlike a frozen fake clock, time keeps running, so timers,
/// the outbox worker and sign-in cookies behave as in production.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Makes it <paramref name="moment"/> now; the clock keeps running from there.</summary>
    public void MoveTo(DateTimeOffset moment) => Interlocked.Exchange(ref _offsetTicks, (moment - base.GetUtcNow()).Ticks);

    /// <summary>A working Monday at 09.00 WIB, when the office is open: 7 December 2026.</summary>
    public static readonly DateTimeOffset OfficeMorning = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
