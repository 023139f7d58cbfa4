namespace Pst.Feedback.Survey;

/// <summary>
/// A respondent's nine answers, each 1 to 4, in the order of <see cref="SurveyElement.All"/>. Stored as nine digits
/// ("434434344") so a response is one row and reads at a glance.
/// </summary>
public sealed class SurveyScores : IEquatable<SurveyScores>
{
    private readonly int[] _scores;

    private SurveyScores(int[] scores) => _scores = scores;

    public IReadOnlyList<int> Values => _scores;

    public int this[SurveyElement element] => _scores[element.Number - 1];

    /// <summary>The answers as given; an element left out or out of the scale is named in <paramref name="missing"/>.</summary>
    public static SurveyScores? From(IReadOnlyList<int?> answers, out IReadOnlyList<SurveyElement> missing)
    {
        var faults = new List<SurveyElement>();
        var scores = new int[SurveyElement.All.Count];
        foreach (var element in SurveyElement.All)
        {
            var answer = element.Number <= answers.Count ? answers[element.Number - 1] : null;
            if (answer is not (>= SurveyElement.Lowest and <= SurveyElement.Highest))
            {
                faults.Add(element);
                continue;
            }

            scores[element.Number - 1] = answer.Value;
        }

        missing = faults;
        return faults.Count == 0 ? new SurveyScores(scores) : null;
    }

    public static SurveyScores Of(params int[] scores) =>
        From(scores.Select(s => (int?)s).ToList(), out var missing) ?? throw new ArgumentException($"Scores 1 to 4 for all nine elements are needed; missing or wrong: {string.Join(", ", missing.Select(m => m.Code))}.", nameof(scores));

    public static SurveyScores Parse(string digits) =>
        digits.Length == SurveyElement.All.Count && digits.All(char.IsAsciiDigit)
            ? Of(digits.Select(d => d - '0').ToArray())
            : throw new FormatException($"'{digits}' is not nine survey answers.");

    public override string ToString() => string.Concat(_scores);

    public bool Equals(SurveyScores? other) => other is not null && _scores.SequenceEqual(other._scores);

    public override bool Equals(object? obj) => Equals(obj as SurveyScores);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
