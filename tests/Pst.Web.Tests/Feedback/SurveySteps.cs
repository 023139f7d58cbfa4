using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Feedback;

/// <summary>Answering the satisfaction survey as its form posts: one field per element, <c>u1</c> … <c>u9</c>.</summary>
internal static class SurveySteps
{
    /// <param name="answers">Nine digits, 1–4, in element order; a space leaves that element unanswered.</param>
    public static Task<HttpResponseMessage> AnswerAsync(SiteSession session, string surveyUrl, string answers, string? comment = null) =>
        Forms.PostAsync(session.Client, surveyUrl, Fields(answers, comment));

    /// <summary>
    /// The form as a second tab (or the tablet beside the phone) holds it: its anti-forgery token read now, the
    /// answers posted later with <see cref="PostOpenFormAsync"/>.
    /// </summary>
    public static async Task<string> OpenFormAsync(SiteSession session, string surveyUrl) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await session.Client.GetStringAsync(surveyUrl), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    public static Task<HttpResponseMessage> PostOpenFormAsync(SiteSession session, string surveyUrl, string token, string answers) =>
        session.Client.PostAsync(surveyUrl, new FormUrlEncodedContent(Fields(answers, null).Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));

    private static (string, string)[] Fields(string answers, string? comment) =>
    [
        .. answers.Select((a, i) => (Name: $"u{i + 1}", Value: a.ToString())).Where(f => f.Value != " "),
        ("comment", comment ?? ""),
    ];
}
