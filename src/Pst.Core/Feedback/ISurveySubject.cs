using System.Security.Claims;
using Pst.Core.Kernel;

namespace Pst.Core.Feedback;

/// <summary>
/// Something the satisfaction survey is answered about: an online request (Ordering) or a walk-in visit's queue
/// ticket (WalkIn). The survey module knows no module's tables; each module that serves customers says through
/// this contract whether its subject can be answered now, by whom, and what it is (for the index by channel,
/// product type and counter).
/// </summary>
public interface ISurveySubject
{
    /// <summary>The subject's kind as it stands in the survey's address: <see cref="SurveySubjectKinds"/>.</summary>
    string Kind { get; }

    /// <summary>The subject as <paramref name="user"/> may see it; null when it does not exist or is not theirs.</summary>
    Task<SurveySubjectFacts?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records on the subject that its survey is answered (a request takes its "rated" step) and saves the unit of
    /// work, which already holds the new response: both are written together or not at all.
    /// </summary>
    Task SaveAnsweredAsync(Guid id, ClaimsPrincipal user, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>How many customers this kind served from <paramref name="start"/> until <paramref name="end"/> (the population of the period's sample).</summary>
    Task<int> CountServedAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);
}

/// <summary>The kinds of subject, as they stand in <c>/survei/{kind}/{id}</c>.</summary>
public static class SurveySubjectKinds
{
    public const string Request = "permintaan";
    public const string Ticket = "tiket";

    public static string AddressOf(string kind, Guid id) => $"/survei/{kind}/{id}";
}

/// <summary>
/// What the survey page and the index need of a subject.
/// </summary>
/// <param name="Title">How the customer knows it: the request number, or the queue number and day.</param>
/// <param name="RequestId">The request the answer covers (a walk-in visit's request too), so one request gets one answer whichever page it is given on.</param>
/// <param name="TicketId">The queue ticket the answer covers.</param>
/// <param name="Counter">The counter that served a walk-in visit.</param>
/// <param name="ProductTypes">The product types of the request's lines.</param>
/// <param name="Waiting">Why it cannot be answered yet, or null when it can.</param>
/// <param name="ReturnAddress">Where the customer goes back to after answering.</param>
public sealed record SurveySubjectFacts(
    string Title,
    SalesChannel Channel,
    Guid? RequestId,
    Guid? TicketId,
    string? Counter,
    IReadOnlyList<string> ProductTypes,
    SurveyWait? Waiting,
    string ReturnAddress);

/// <summary>Why a subject's survey cannot be answered yet.</summary>
public enum SurveyWait
{
    /// <summary>The request is not completed: the customer has not checked and accepted the product.</summary>
    UntilProductAccepted,

    /// <summary>The visitor has not been served at a counter yet.</summary>
    UntilServed,
}
