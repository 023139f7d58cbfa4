namespace Pst.Ordering.Abstractions;

/// <summary>The ordering module's words in the reader's language, for pages of other modules about a request.</summary>
public interface IOrderingText
{
    string StateName(RequestState state);

    /// <summary>A refused step, with its arguments; null when ordering has no such message (the refusing module words it).</summary>
    string? Refusal(TransitionRefusedException refused);
}
