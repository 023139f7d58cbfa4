namespace Pst.Ordering.Requests;

/// <summary>
/// How the customer rated the service of a request: 1 (poor) to 5 (very good), with an optional comment. The full
/// satisfaction survey (IKM) will replace the form that asks for it, not this step of the lifecycle.
/// </summary>
public sealed record ServiceRating(int Score, string? Comment, DateTimeOffset At)
{
    public const int Lowest = 1;
    public const int Highest = 5;
}
