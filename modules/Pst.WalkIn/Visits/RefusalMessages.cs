using Microsoft.Extensions.Localization;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Visits;

/// <summary>A refused walk-in step in the reader's language, whether the queue's rules or the request's lifecycle refused it.</summary>
public static class RefusalMessages
{
    /// <returns>The message, or null when the exception is no refusal (it is then not caught).</returns>
    public static string? Of(Exception exception, IStringLocalizer walkInText, IOrderingText orderingText) => exception switch
    {
        WalkInStepRefusedException refused => walkInText[refused.MessageKey, [.. refused.Arguments]],
        TransitionRefusedException refused => orderingText.Refusal(refused) ?? refused.Message,
        _ => null,
    };
}
