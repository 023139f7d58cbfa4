namespace Pst.Web.Accounts;

/// <summary>
/// What a person types as a second factor: either six digits from an authenticator app (apps show them grouped,
/// so spaces and dashes are dropped) or a recovery code such as <c>ab12c-3de4f</c> (spaces dropped, dash kept).
/// </summary>
public static class TwoFactorCode
{
    public const int AuthenticatorLength = 6;

    public static string WithoutSpaces(string code) => new(code.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The authenticator code in <paramref name="typed"/>, or null when it is not one (and so may be a recovery code).</summary>
    public static string? AsAuthenticatorCode(string typed)
    {
        var digits = new string(WithoutSpaces(typed).Where(c => c != '-').ToArray());
        return digits.Length == AuthenticatorLength && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
