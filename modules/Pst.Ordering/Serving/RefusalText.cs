using Microsoft.Extensions.Localization;
using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Serving;

/// <summary>A refused step in the reader's language: its message, and its arguments too (a state, a guard's condition).</summary>
internal static class RefusalText
{
    public static string Of(IStringLocalizer text, TransitionRefusedException refused) =>
        text[refused.MessageKey, [.. refused.Arguments.Select(a => a switch
        {
            RequestState state => text["RequestState." + state].Value,
            string condition => text[condition].Value,
            _ => a,
        })]];
}
