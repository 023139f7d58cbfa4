using Pst.Feedback.Survey;

namespace Pst.Feedback.Tests.Survey;

public sealed class SurveyScoresTests
{
    [Fact]
    public void Nine_answers_are_kept_as_nine_digits()
    {
        var scores = SurveyScores.From([4, 3, 4, 4, 3, 4, 4, 1, 2], out var missing)!;

        Assert.Empty(missing);
        Assert.Equal("434434412", scores.ToString());
        Assert.Equal(scores, SurveyScores.Parse("434434412"));
        Assert.Equal(1, scores[SurveyElement.All[7]]);
    }

    [Fact]
    public void Unanswered_and_off_scale_answers_are_named()
    {
        var scores = SurveyScores.From([4, null, 4, 5, 3, 4, 0, 1], out var missing);

        Assert.Null(scores);
        Assert.Equal(["U2", "U4", "U7", "U9"], missing.Select(e => e.Code));
    }

    [Theory]
    [InlineData("44444444")]
    [InlineData("4444444445")]
    [InlineData("44444444x")]
    [InlineData("444444440")]
    public void A_stored_value_that_is_not_nine_answers_is_refused(string digits)
    {
        Assert.ThrowsAny<Exception>(() => SurveyScores.Parse(digits));
    }

    [Fact]
    public void The_elements_are_the_nine_of_the_regulation_in_order()
    {
        Assert.Equal(
            ["Requirements", "Procedure", "CompletionTime", "Tariff", "ProductSpecification", "OfficerCompetence", "OfficerBehaviour", "ComplaintHandling", "Facilities"],
            SurveyElement.All.Select(e => e.Key));
    }
}
