using Microsoft.EntityFrameworkCore;
using Pst.Core.Feedback;
using Pst.Core.Kernel;
using Pst.Data;

namespace Pst.Feedback.Survey;

/// <summary>The index of one period, overall and broken down, with what the sample lacks.</summary>
/// <param name="Population">Customers served in the period (online requests completed, walk-in visits served).</param>
public sealed record SatisfactionPeriod(
    ReportPeriod Period,
    SatisfactionIndex? Index,
    int Population,
    int MinimumSample,
    IReadOnlyList<SatisfactionGroup> ByChannel,
    IReadOnlyList<SatisfactionGroup> ByProductType,
    IReadOnlyList<SatisfactionGroup> ByCounter,
    IReadOnlyList<SurveyResponse> Responses)
{
    public int Respondents => Index?.Respondents ?? 0;

    /// <summary>Fewer respondents than the period's population needs: the index is shown with a warning.</summary>
    public bool BelowMinimumSample => Respondents < MinimumSample;
}

/// <summary>The index of the responses that share a channel, a product type or a counter.</summary>
public sealed record SatisfactionGroup(string Key, SatisfactionIndex Index);

/// <summary>
/// The satisfaction index per period, as the public page and the supervisor read it: the period's responses by
/// the moment they were answered (WIB), the population from every module that serves customers.
/// </summary>
public sealed class SatisfactionReport(PstDbContext db, IEnumerable<ISurveySubject> subjects)
{
    public async Task<SatisfactionPeriod> ForAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var responses = await ResponsesAsync(period.StartsAt, period.EndsAt, cancellationToken);
        var population = 0;
        foreach (var subject in subjects)
        {
            population += await subject.CountServedAsync(period.StartsAt, period.EndsAt, cancellationToken);
        }

        // A period cannot have served fewer than answered (a response of a visit served just before midnight, say).
        population = Math.Max(population, responses.Count);
        return new SatisfactionPeriod(
            period,
            SatisfactionIndex.Of(responses.Select(r => r.Scores).ToList()),
            population,
            MinimumSample.For(population),
            GroupBy(responses, r => [r.Channel.ToString()]),
            GroupBy(responses, r => r.ProductTypeList),
            GroupBy(responses, r => r.Counter is { } counter ? [counter] : []),
            responses);
    }

    /// <summary>The index of each of <paramref name="count"/> periods up to <paramref name="last"/>, oldest first; null where nobody answered.</summary>
    public async Task<IReadOnlyList<(ReportPeriod Period, SatisfactionIndex? Index)>> TrendAsync(ReportPeriod last, int count, CancellationToken cancellationToken = default)
    {
        var periods = last.Trailing(count);
        var responses = await ResponsesAsync(periods[0].StartsAt, last.EndsAt, cancellationToken);
        return periods
            .Select(p => (p, SatisfactionIndex.Of(responses.Where(r => p.Contains(r.AnsweredAt)).Select(r => r.Scores).ToList())))
            .ToList();
    }

    private async Task<List<SurveyResponse>> ResponsesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await db.Set<SurveyResponse>().AsNoTracking()
            .Where(r => r.AnsweredAt >= from && r.AnsweredAt < to)
            .OrderBy(r => r.AnsweredAt)
            .ToListAsync(cancellationToken);

    private static List<SatisfactionGroup> GroupBy(IEnumerable<SurveyResponse> responses, Func<SurveyResponse, IEnumerable<string>> keys) =>
        responses
            .SelectMany(r => keys(r).Select(k => (Key: k, r.Scores)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new SatisfactionGroup(g.Key, SatisfactionIndex.Of(g.Select(x => x.Scores).ToList())!))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
