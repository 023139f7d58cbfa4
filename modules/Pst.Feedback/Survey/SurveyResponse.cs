using Pst.Core.Kernel;

namespace Pst.Feedback.Survey;

/// <summary>
/// One customer's answers to the satisfaction survey about one request or one walk-in visit, with what the index
/// is broken down by (channel, counter, product types) copied from the subject when it was answered. A request and
/// a ticket each have at most one response (unique in the database).
/// </summary>
public sealed class SurveyResponse
{
    /// <summary>For the database.</summary>
    private SurveyResponse()
    {
        SubjectKind = "";
        Subject = "";
        Scores = null!;
        ProductTypes = "";
    }

    public SurveyResponse(Guid id, string subjectKind, string subject, SalesChannel channel, Guid? requestId, Guid? ticketId, string? counter, IEnumerable<string> productTypes, SurveyScores scores, string? comment, DateTimeOffset answeredAt)
    {
        Id = id;
        SubjectKind = subjectKind;
        Subject = subject;
        Channel = channel;
        RequestId = requestId;
        TicketId = ticketId;
        Counter = counter;
        ProductTypes = string.Join(',', productTypes.Distinct().Order(StringComparer.Ordinal));
        Scores = scores;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AnsweredAt = answeredAt;
    }

    public const int CommentLength = 2000;

    public Guid Id { get; private set; }

    /// <summary><see cref="Pst.Core.Feedback.SurveySubjectKinds"/>: the page it was answered on.</summary>
    public string SubjectKind { get; private set; }

    /// <summary>The request number or queue number, as the supervisor reads it beside a comment.</summary>
    public string Subject { get; private set; }

    public SalesChannel Channel { get; private set; }

    public Guid? RequestId { get; private set; }

    public Guid? TicketId { get; private set; }

    public string? Counter { get; private set; }

    /// <summary>The request's product types, comma-separated and sorted; empty for a visit that bought nothing.</summary>
    public string ProductTypes { get; private set; }

    public IReadOnlyList<string> ProductTypeList => ProductTypes.Length == 0 ? [] : ProductTypes.Split(',');

    public SurveyScores Scores { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }
}
