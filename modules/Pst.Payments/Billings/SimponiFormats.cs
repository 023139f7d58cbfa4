namespace Pst.Payments.Billings;

/// <summary>
/// The shapes SIMPONI gives (DOMAIN.md section 2): a billing code of 15 digits, and on payment an NTPN of 16 letters
/// and digits. People type them with spaces and dashes; those are removed.
/// </summary>
public static class SimponiFormats
{
    public const int BillingCodeLength = 15;
    public const int NtpnLength = 16;

    /// <summary>The 15 digits of a billing code, or null when it is not one.</summary>
    public static string? BillingCode(string? input)
    {
        var code = Compact(input);
        return code.Length == BillingCodeLength && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>The NTPN in capitals, or null when it is not 16 letters and digits.</summary>
    public static string? Ntpn(string? input)
    {
        var ntpn = Compact(input).ToUpperInvariant();
        return ntpn.Length == NtpnLength && ntpn.All(char.IsAsciiLetterOrDigit) ? ntpn : null;
    }

    private static string Compact(string? input) =>
        new((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
