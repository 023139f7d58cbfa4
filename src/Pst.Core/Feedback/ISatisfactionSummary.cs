namespace Pst.Core.Feedback;

/// <summary>
/// The satisfaction index as the public pages quote it (the home page, the service standard): the current year so
/// far, already in the reader's language. Implemented by the feedback module; null when nobody has answered yet.
/// </summary>
public interface ISatisfactionSummary
{
    Task<SatisfactionSummary?> CurrentAsync(CancellationToken cancellationToken = default);
}

/// <param name="Index">The index as the reader's culture writes it, two decimals ("86,11").</param>
/// <param name="Performance">The grade's performance label in the reader's language ("Baik").</param>
public sealed record SatisfactionSummary(string PeriodName, string Index, char Grade, string Performance, int Respondents);

/// <summary>Addresses of the feedback pages that other modules link to.</summary>
public static class FeedbackLinks
{
    public const string SatisfactionIndex = "/ikm";
    public const string NewComplaint = "/pengaduan/baru";
}
