namespace Pst.Ordering.Lifecycle;

/// <summary>
/// What the service clock reads of a request: its steps and where it stands, whether it needs a signed agreement
/// (after payment the office then waits for it instead of issuing the receipt), and the spans in which the office
/// had something the customer sent to check.
/// </summary>
internal sealed record ClockHistory(IReadOnlyList<IClockStep> Timeline, RequestState Current, bool NeedsAgreement, IReadOnlyList<IOfficeCheckSpan> Checks)
{
    /// <summary>The history as it stood right after its first <paramref name="count"/> steps.</summary>
    public ClockHistory UpToStep(int count)
    {
        var steps = Timeline.Take(count).ToList();
        return new(steps, steps[^1].To, NeedsAgreement, AsOf(Checks, steps[^1].At));
    }

    /// <summary>The checks as they stood at a moment: those opened later left out, those closed later still open.</summary>
    public static IReadOnlyList<IOfficeCheckSpan> AsOf(IEnumerable<IOfficeCheckSpan> checks, DateTimeOffset moment) =>
        checks.Where(c => c.OpenedAt <= moment).Select(c => c.ClosedAt > moment ? new Span(c.Subject, c.OpenedAt, null) : c).ToList();

    private sealed record Span(OfficeCheckSubject Subject, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt) : IOfficeCheckSpan;
}
