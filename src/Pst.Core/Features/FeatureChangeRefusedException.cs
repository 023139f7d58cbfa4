namespace Pst.Core.Features;

/// <summary>A module cannot be switched as asked. <see cref="Exception.Message"/> is an English log text;
/// <see cref="MessageKey"/> and <see cref="Arguments"/> let the UI show it in the user's language. An argument may
/// be a list of module ids, shown joined.</summary>
public sealed class FeatureChangeRefusedException(string messageKey, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, messageKey, arguments.Select(a => a is not string && a is IEnumerable<string> ids ? string.Join(", ", ids.Select(id => $"'{id}'")) : a).ToArray()))
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
