using Pst.Feedback.Survey;

namespace Pst.Feedback.Tests.Survey;

public sealed class SatisfactionGradeTests
{
    [Theory]
    [InlineData("100.00", 'A', "Performance.VeryGood")]
    [InlineData("88.31", 'A', "Performance.VeryGood")]
    [InlineData("88.30", 'B', "Performance.Good")]
    [InlineData("76.61", 'B', "Performance.Good")]
    [InlineData("76.60", 'C', "Performance.Poor")]
    [InlineData("65.00", 'C', "Performance.Poor")]
    [InlineData("64.99", 'D', "Performance.NotGood")]
    [InlineData("25.00", 'D', "Performance.NotGood")]
    public void Bands_of_PermenPANRB_14_2017(string index, char letter, string performance)
    {
        var grade = SatisfactionGrade.Of(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(letter, grade.Letter);
        Assert.Equal(performance, grade.PerformanceKey);
    }

    [Theory]
    [InlineData("24.99")]
    [InlineData("100.01")]
    [InlineData("88.305")]
    public void Outside_the_scale_or_unrounded_is_refused(string index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionGrade.Of(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
