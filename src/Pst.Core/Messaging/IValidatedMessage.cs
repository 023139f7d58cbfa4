namespace Pst.Core.Messaging;

/// <summary>
/// A message that can say, of itself, whether it is well formed (required values given, lengths the owner stores),
/// checked by the <see cref="ValidatedMessages"/> behaviour before its handler runs. It checks the message's shape,
/// not the owner's rules: whether the step is allowed stays with the owner.
/// </summary>
public interface IValidatedMessage
{
    /// <summary>What is wrong with the message, for the developer of the sending module; empty when it is well formed.</summary>
    IEnumerable<string> Problems();
}

/// <summary>A message that is not well formed: a sending module's mistake, refused before the owner's handler.</summary>
public sealed class InvalidMessageException(string message, IReadOnlyList<string> problems)
    : ArgumentException($"{message} is not well formed: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
