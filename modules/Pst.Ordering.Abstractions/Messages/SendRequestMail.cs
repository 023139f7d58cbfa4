using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Sends a declared e-mail (<paramref name="Notification"/>) about a request once, to its audiences, with the
/// request's values and <paramref name="Values"/>: a reminder, a transfer proof received or rejected.
/// <paramref name="OnceKey"/> (with the request) is claimed when it is queued, so a second send, on this node or
/// another, does nothing. Answers whether it was sent now.
/// </summary>
public sealed record SendRequestMail(Guid RequestId, string OnceKey, string Notification, IReadOnlyDictionary<string, object?> Values) : IMessage<bool>, IValidatedMessage
{
    /// <summary>The longest once-key ordering keeps.</summary>
    public const int MaxOnceKeyLength = 60;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(OnceKey) || OnceKey.Length > MaxOnceKeyLength)
        {
            yield return $"the once-key must have 1 to {MaxOnceKeyLength} characters";
        }

        if (string.IsNullOrWhiteSpace(Notification))
        {
            yield return "the e-mail's key is required";
        }
    }
}
