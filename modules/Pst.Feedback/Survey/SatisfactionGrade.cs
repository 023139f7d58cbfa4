namespace Pst.Feedback.Survey;

/// <summary>
/// The quality grade (mutu) of a satisfaction index and the unit's performance it stands for, by the bands of
/// PermenPANRB 14/2017 on the converted interval value: 25,00–64,99 D (tidak baik), 65,00–76,60 C (kurang baik),
/// 76,61–88,30 B (baik), 88,31–100,00 A (sangat baik). The bands meet at two decimals, so the grade is read from
/// the index rounded to two decimals, as it is published.
/// </summary>
public sealed record SatisfactionGrade(char Letter, string PerformanceKey)
{
    public static readonly SatisfactionGrade A = new('A', "Performance.VeryGood");
    public static readonly SatisfactionGrade B = new('B', "Performance.Good");
    public static readonly SatisfactionGrade C = new('C', "Performance.Poor");
    public static readonly SatisfactionGrade D = new('D', "Performance.NotGood");

    /// <summary>The lowest index of each grade, best first.</summary>
    public static IReadOnlyList<(decimal From, SatisfactionGrade Grade)> Bands { get; } =
    [
        (88.31m, A),
        (76.61m, B),
        (65.00m, C),
        (25.00m, D),
    ];

    /// <param name="index">An index already rounded to two decimals, 25 to 100.</param>
    public static SatisfactionGrade Of(decimal index)
    {
        if (index is < 25m or > 100m || decimal.Round(index, 2) != index)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A satisfaction index is 25,00 to 100,00 with two decimals.");
        }

        return Bands.First(b => index >= b.From).Grade;
    }
}
