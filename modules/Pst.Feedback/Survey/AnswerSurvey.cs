using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Feedback;
using Pst.Data;

namespace Pst.Feedback.Survey;

/// <summary>Why an answer to the survey was not taken: a resource key of the module, with its arguments.</summary>
public sealed class SurveyRefusedException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;

    /// <summary>The elements left unanswered, when that was the fault.</summary>
    public IReadOnlyList<SurveyElement> Unanswered { get; init; } = [];
}

/// <summary>
/// Takes a customer's answers to the survey about a request or a visit: the subject must be theirs and served,
/// not answered before (on either page: a walk-in visit's request counts for its ticket and back), and every
/// element answered 1 to 4. The response and the subject's "answered" step are saved together.
/// </summary>
public sealed class AnswerSurvey(PstDbContext db, IEnumerable<ISurveySubject> subjects, IEnumerable<Pst.Core.Content.IPublicPageCache> publicPages, TimeProvider clock)
{
    public ISurveySubject? SubjectOf(string kind) => subjects.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The response already given about what <paramref name="facts"/> cover, if any.</summary>
    public Task<SurveyResponse?> ExistingAsync(SurveySubjectFacts facts, CancellationToken cancellationToken = default) =>
        db.Set<SurveyResponse>().AsNoTracking().FirstOrDefaultAsync(
            r => (facts.RequestId != null && r.RequestId == facts.RequestId) || (facts.TicketId != null && r.TicketId == facts.TicketId),
            cancellationToken);

    public async Task<SurveyResponse> AnswerAsync(ISurveySubject subject, Guid id, ClaimsPrincipal user, IReadOnlyList<int?> answers, string? comment, CancellationToken cancellationToken = default)
    {
        var facts = await subject.FindAsync(id, user, cancellationToken)
            ?? throw new SurveyRefusedException("This survey is not yours to answer.");
        if (facts.Waiting is { } waiting)
        {
            throw new SurveyRefusedException("SurveyWait." + waiting);
        }

        if (await ExistingAsync(facts, cancellationToken) is not null)
        {
            throw new SurveyRefusedException("This survey has been answered already. Thank you!");
        }

        var scores = SurveyScores.From(answers, out var unanswered);
        if (scores is null)
        {
            throw new SurveyRefusedException("Answer every question: {0} still has no answer.", string.Join(", ", unanswered.Select(e => e.Code))) { Unanswered = unanswered };
        }

        if (comment?.Trim().Length > SurveyResponse.CommentLength)
        {
            throw new SurveyRefusedException("The comment is longer than {0} characters.", SurveyResponse.CommentLength);
        }

        var now = clock.GetUtcNow();
        var response = new SurveyResponse(Guid.NewGuid(), subject.Kind, facts.Title, facts.Channel, facts.RequestId, facts.TicketId, facts.Counter, facts.ProductTypes, scores, comment, now);
        db.Add(response);
        try
        {
            await subject.SaveAnsweredAsync(id, user, now, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a second answer saved meanwhile (another tab, the tablet and the phone at once).
            db.ChangeTracker.Clear();
            throw new SurveyRefusedException("This survey has been answered already. Thank you!");
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        // The home page and the service standard quote the index: the cached copies are out of date now.
        foreach (var cache in publicPages)
        {
            await cache.EvictAsync(cancellationToken);
        }

        return response;
    }
}
