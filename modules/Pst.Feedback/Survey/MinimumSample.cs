namespace Pst.Feedback.Survey;

/// <summary>
/// The fewest respondents a survey period needs for its population (the customers served in the period), by the
/// Krejcie–Morgan table that PermenPANRB 14/2017 refers to: n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with
/// χ² = 3,841 (one degree of freedom, 95 %), P = 0,5 and d = 0,05, rounded to the nearest whole respondent as the
/// table is (N = 100 → 80, 500 → 217, 1 000 → 278).
/// </summary>
public static class MinimumSample
{
    private const double ChiSquare = 3.841;
    private const double Proportion = 0.5;
    private const double Margin = 0.05;

    public static int For(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var variance = ChiSquare * Proportion * (1 - Proportion);
        var n = variance * population / (Margin * Margin * (population - 1) + variance);
        return population <= 1 ? population : (int)Math.Round(n, MidpointRounding.AwayFromZero);
    }
}
