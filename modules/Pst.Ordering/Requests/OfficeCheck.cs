using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Requests;

/// <summary>
/// A span in which the office had something the customer sent to check: from when it arrived until the office
/// decided on it. The service clock runs in it (<see cref="RequestLifecycle.OfficeActs"/>), because the standard's
/// 10 working days are the office's time, and only the customer's own turns pause them.
/// </summary>
internal sealed class OfficeCheck(OfficeCheckSubject subject, DateTimeOffset openedAt) : IOfficeCheckSpan
{
    public OfficeCheckSubject Subject { get; } = subject;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    public DateTimeOffset? ClosedAt { get; private set; }

    public void Close(DateTimeOffset at) => ClosedAt ??= at;
}
