namespace Pst.Data.Outbox;

/// <summary>Back-off between send attempts: 30 s, 1 min, 2 min, … capped at one hour; abandoned after <see cref="MaxAttempts"/>.</summary>
public static class RetrySchedule
{
    public const int MaxAttempts = 10;

    public static TimeSpan DelayAfter(int failedAttempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, failedAttempts - 1))));
}
