using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Mails a reminder about a request once (<paramref name="Notification"/>, a declared e-mail's key): <paramref name="OnceKey"/> (with the request) is claimed when it is
/// queued, so a second send, on this node or another, does nothing. Answers whether it was sent now.
/// </summary>
public sealed record SendRequestReminder(Guid RequestId, string OnceKey, string Notification, IReadOnlyDictionary<string, object?> Values) : IMessage<bool>;
