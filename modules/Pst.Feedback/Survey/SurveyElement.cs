namespace Pst.Feedback.Survey;

/// <summary>
/// One of the nine elements (unsur) of the satisfaction survey of PermenPANRB 14/2017, in the regulation's order.
/// Its question and the wording of its four answers are resources: <c>Element.{Key}.Question</c> and
/// <c>Element.{Key}.1</c> … <c>.4</c>, in Indonesian and English.
/// </summary>
public sealed record SurveyElement(int Number, string Key)
{
    /// <summary>The answers run from 1 (worst) to 4 (best), each worded for its element.</summary>
    public const int Lowest = 1;
    public const int Highest = 4;

    public static IReadOnlyList<SurveyElement> All { get; } =
    [
        new(1, "Requirements"),
        new(2, "Procedure"),
        new(3, "CompletionTime"),
        new(4, "Tariff"),
        new(5, "ProductSpecification"),
        new(6, "OfficerCompetence"),
        new(7, "OfficerBehaviour"),
        new(8, "ComplaintHandling"),
        new(9, "Facilities"),
    ];

    /// <summary>"U1" … "U9", as the index tables head their columns.</summary>
    public string Code => "U" + Number;

    public string TitleKey => $"Element.{Key}";

    public string QuestionKey => $"Element.{Key}.Question";

    public string AnswerKey(int score) => $"Element.{Key}.{score}";
}
