using Pst.Feedback.Survey;

namespace Pst.Feedback.Tests.Survey;

public sealed class SatisfactionIndexTests
{
    [Fact]
    public void Four_respondents_worked_by_hand()
    {
        // U1..U9 of four respondents; the element averages and the index were worked on paper:
        // NRR = 3,25 3,25 3,50 3,50 3,50 3,50 3,75 3,25 3,50 (Σ 31,00); Σ NRR × 1/9 = 3,4444…; × 25 = 86,11 (B).
        var index = SatisfactionIndex.Of(
        [
            SurveyScores.Of(4, 4, 4, 4, 4, 4, 4, 4, 4),
            SurveyScores.Of(3, 3, 3, 3, 3, 3, 3, 3, 3),
            SurveyScores.Of(4, 3, 4, 3, 4, 3, 4, 3, 4),
            SurveyScores.Of(2, 3, 3, 4, 3, 4, 4, 3, 3),
        ])!;

        Assert.Equal(4, index.Respondents);
        Assert.Equal([3.25m, 3.25m, 3.5m, 3.5m, 3.5m, 3.5m, 3.75m, 3.25m, 3.5m], index.Elements.Select(e => e.Average));
        Assert.Equal(3.4444m, decimal.Round(index.WeightedSum, 4));
        Assert.Equal(0.3611m, decimal.Round(index.Elements[0].Weighted, 4));
        Assert.Equal(86.11m, index.Value);
        Assert.Equal(SatisfactionGrade.B, index.Grade);
        Assert.Equal([81.25m, 81.25m, 87.5m, 87.5m, 87.5m, 87.5m, 93.75m, 81.25m, 87.5m], index.Elements.Select(e => e.Converted));
        Assert.Equal(SatisfactionGrade.A, index.Elements[6].Grade);
    }

    [Fact]
    public void The_scale_ends_are_25_and_100()
    {
        Assert.Equal(100m, SatisfactionIndex.Of([SurveyScores.Parse("444444444")])!.Value);
        Assert.Equal(25m, SatisfactionIndex.Of([SurveyScores.Parse("111111111")])!.Value);
        Assert.Equal(SatisfactionGrade.D, SatisfactionIndex.Of([SurveyScores.Parse("111111111")])!.Grade);
    }

    [Fact]
    public void Nobody_answered_is_no_index()
    {
        Assert.Null(SatisfactionIndex.Of([]));
    }

    /// <summary>
    /// Sets whose index falls on each side of the band edges. <paramref name="respondents"/> respondents answer
    /// <paramref name="total"/> points between them (the smallest such set for each value): 25 × total ÷ (9 × respondents).
    /// </summary>
    [Theory]
    [InlineData(19, 604, "88.30", 'B')] // 88,3041
    [InlineData(24, 763, "88.31", 'A')] // 88,3102
    [InlineData(26, 717, "76.60", 'C')] // 76,6026
    [InlineData(19, 524, "76.61", 'B')] // 76,6082
    [InlineData(38, 889, "64.99", 'D')] // 64,9854
    [InlineData(5, 117, "65.00", 'C')] // 65 exactly
    public void Band_edges(int respondents, int total, string expected, char grade)
    {
        var index = SatisfactionIndex.Of(Responses(respondents, total))!;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), index.Value);
        Assert.Equal(grade, index.Grade.Letter);
    }

    [Fact]
    public void A_midpoint_rounds_away_from_zero_and_is_seen_exactly()
    {
        // 5 000 respondents and 158 949 points: 25 × 158 949 ÷ 45 000 = 88,305 exactly. Nine rounded quotients
        // would give 88,30499…; banker's rounding would give 88,30 (B). Published rounding gives 88,31 (A).
        var index = SatisfactionIndex.Of(Responses(5000, 158_949))!;

        Assert.Equal(88.305m, index.WeightedSum * 25m);
        Assert.Equal(88.31m, index.Value);
        Assert.Equal(SatisfactionGrade.A, index.Grade);
    }

    /// <summary><paramref name="respondents"/> answer sets whose points add up to <paramref name="total"/>, spread evenly over the 9 × respondents answers.</summary>
    private static List<SurveyScores> Responses(int respondents, int total)
    {
        var cells = 9 * respondents;
        var (each, extra) = Math.DivRem(total, cells);
        var answers = Enumerable.Range(0, cells).Select(i => each + (i < extra ? 1 : 0)).ToArray();
        Assert.Equal(total, answers.Sum());
        return answers.Chunk(9).Select(SurveyScores.Of).ToList();
    }
}
