namespace Pst.Core.Kernel;

/// <summary>
/// Identity numbers (NIK, SIM, passport) are personal data (UU 27/2022): lists and logs show only the last four
/// characters, enough for an officer to match a document held in the hand.
/// </summary>
public static class IdentityNumberMask
{
    private const int Visible = 4;

    public static string Mask(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }

        var trimmed = number.Trim();
        return trimmed.Length <= Visible ? new string('•', trimmed.Length) : new string('•', trimmed.Length - Visible) + trimmed[^Visible..];
    }
}
