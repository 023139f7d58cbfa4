namespace Pst.Ordering.Abstractions;

/// <summary>
/// A step was refused and nothing changed. <see cref="Exception.Message"/> is an English log text;
/// <see cref="MessageKey"/> and <see cref="Arguments"/> let a page say it in the user's language.
/// </summary>
public sealed class TransitionRefusedException(string messageKey, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, messageKey, arguments))
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
