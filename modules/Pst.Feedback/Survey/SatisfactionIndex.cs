namespace Pst.Feedback.Survey;

/// <summary>
/// The satisfaction index (IKM) of a set of responses, computed as PermenPANRB 14/2017 prescribes: the average
/// score of each element over the respondents (NRR), each weighted 1/9, summed, and converted to 25–100 by ×25;
/// the index is rounded to two decimals (half away from zero) and graded by <see cref="SatisfactionGrade"/>.
/// </summary>
/// <remarks>
/// The weight is exactly 1/9. The regulation writes it as 0,11, and many spreadsheets use 0,111; either rounded
/// weight would make the best possible answers score 99,00 or 99,90 instead of 100, so averages and weights are
/// kept in full (decimal) and only the index is rounded.
/// </remarks>
public sealed class SatisfactionIndex
{
    private SatisfactionIndex(int respondents, IReadOnlyList<ElementResult> elements, decimal weightedSum)
    {
        Respondents = respondents;
        Elements = elements;
        WeightedSum = weightedSum;
        Value = decimal.Round(weightedSum * 25m, 2, MidpointRounding.AwayFromZero);
        Grade = SatisfactionGrade.Of(Value);
    }

    public static readonly decimal Weight = 1m / SurveyElement.All.Count;

    public int Respondents { get; }

    /// <summary>Per element: its average (NRR) and weighted average (NRR × 1/9), unrounded.</summary>
    public IReadOnlyList<ElementResult> Elements { get; }

    /// <summary>Σ NRR × weight, unrounded (1 to 4).</summary>
    public decimal WeightedSum { get; }

    /// <summary>The index, 25,00 to 100,00.</summary>
    public decimal Value { get; }

    public SatisfactionGrade Grade { get; }

    /// <summary>The index of the responses; null when there are none (an index of nobody is not 25).</summary>
    public static SatisfactionIndex? Of(IReadOnlyCollection<SurveyScores> responses)
    {
        if (responses.Count == 0)
        {
            return null;
        }

        var elements = SurveyElement.All
            .Select(e =>
            {
                var average = (decimal)responses.Sum(r => r[e]) / responses.Count;
                return new ElementResult(e, average, average * Weight);
            })
            .ToList();
        // Σ (NRR × 1/9) is the sum of every answer over 9 × respondents: one division, so an index that falls on a
        // rounding midpoint (…,xx5) is seen as one and not as …,xx4999 from nine rounded quotients.
        var total = responses.Sum(r => r.Values.Sum());
        return new SatisfactionIndex(responses.Count, elements, (decimal)total / (SurveyElement.All.Count * responses.Count));
    }

    public sealed record ElementResult(SurveyElement Element, decimal Average, decimal Weighted)
    {
        /// <summary>The element's own converted value (NRR × 25, two decimals) and grade, as the report tables show them.</summary>
        public decimal Converted => decimal.Round(Average * 25m, 2, MidpointRounding.AwayFromZero);

        public SatisfactionGrade Grade => SatisfactionGrade.Of(Converted);
    }
}
