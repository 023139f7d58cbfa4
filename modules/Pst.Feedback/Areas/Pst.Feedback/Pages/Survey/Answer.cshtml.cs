using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Feedback;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Survey;

/// <summary>
/// The satisfaction survey about one request or one walk-in visit (the last step of both procedures), on the
/// customer's device or the desk tablet: nine questions on the 4-point scale and a comment. A subject that is not
/// the reader's answers as missing.
/// </summary>
[AllowAnonymous]
public sealed class AnswerModel(AnswerSurvey survey, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public SurveySubjectFacts Facts { get; private set; } = null!;

    public SurveyResponse? Given { get; private set; }

    /// <summary>The answers as posted, kept when the form is shown again.</summary>
    public int?[] Answers { get; private set; } = new int?[SurveyElement.All.Count];

    public string? Comment { get; private set; }

    public IReadOnlyList<SurveyElement> Unanswered { get; private set; } = [];

    /// <summary>A walk-in visit's survey, answered on the desk's tablet: shown without the site's menu and account.</summary>
    public bool OnTablet { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid id) =>
        await LoadAsync(kind, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, Guid id, int? u1, int? u2, int? u3, int? u4, int? u5, int? u6, int? u7, int? u8, int? u9, string? comment)
    {
        if (survey.SubjectOf(kind) is not { } subject || !await LoadAsync(kind, id))
        {
            return NotFound();
        }

        Answers = [u1, u2, u3, u4, u5, u6, u7, u8, u9];
        Comment = comment;
        try
        {
            await survey.AnswerAsync(subject, id, User, Answers, comment, HttpContext.RequestAborted);
            return Redirect(SurveySubjectKinds.AddressOf(kind, id));
        }
        catch (SurveyRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments]]);
            Unanswered = refused.Unanswered;
        }

        await LoadAsync(kind, id);
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, Guid id)
    {
        if (survey.SubjectOf(kind) is not { } subject || await subject.FindAsync(id, User, HttpContext.RequestAborted) is not { } facts)
        {
            return false;
        }

        Facts = facts;
        OnTablet = kind == SurveySubjectKinds.Ticket;
        Given = await survey.ExistingAsync(facts, HttpContext.RequestAborted);
        return true;
    }
}
