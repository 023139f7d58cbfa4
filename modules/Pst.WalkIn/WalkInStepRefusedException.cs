namespace Pst.WalkIn;

/// <summary>
/// A walk-in step refused (a ticket's, the desk's, the setup's); nothing changed. <see cref="MessageKey"/> and <see cref="Arguments"/> are for the page.
/// </summary>
public sealed class WalkInStepRefusedException(string messageKey, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, messageKey, arguments))
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
