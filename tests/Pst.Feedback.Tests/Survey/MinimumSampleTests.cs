using Pst.Feedback.Survey;

namespace Pst.Feedback.Tests.Survey;

public sealed class MinimumSampleTests
{
    /// <summary>Rows of the Krejcie–Morgan (1970) table that PermenPANRB 14/2017 reproduces.</summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 10)]
    [InlineData(15, 14)]
    [InlineData(20, 19)]
    [InlineData(50, 44)]
    [InlineData(100, 80)]
    [InlineData(200, 132)]
    [InlineData(500, 217)]
    [InlineData(1000, 278)]
    [InlineData(2000, 322)]
    [InlineData(10000, 370)]
    [InlineData(75000, 382)]
    [InlineData(1000000, 384)]
    public void Krejcie_Morgan_table(int population, int sample)
    {
        Assert.Equal(sample, MinimumSample.For(population));
    }
}
