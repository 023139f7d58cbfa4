namespace Pst.Ordering.Lifecycle;

/// <summary>What <see cref="ServiceClock"/> reads of an office check: what it was about, and when it opened and closed.</summary>
internal interface IOfficeCheckSpan
{
    OfficeCheckSubject Subject { get; }

    DateTimeOffset OpenedAt { get; }

    DateTimeOffset? ClosedAt { get; }
}
