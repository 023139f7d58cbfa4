namespace Pst.Core.Kernel;

/// <summary>
/// A private business must give its NPWP (the standard's online requirement 2); NPWP has 16 digits since 2024.
/// Dots, dashes and spaces as people type them are accepted and removed.
/// </summary>
public static class NpwpRule
{
    /// <summary>The digits of a valid NPWP, or null with the localisation key of the fault.</summary>
    public static (string? Npwp, string? Error) Check(CustomerSegment? segment, string? input)
    {
        var digits = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray());
        if (digits.Length == 0)
        {
            return segment == CustomerSegment.PrivateBusiness ? (null, "A private business must give its NPWP.") : (null, null);
        }

        return digits.Length == 16 && digits.All(char.IsAsciiDigit) ? (digits, null) : (null, "The NPWP must have 16 digits.");
    }
}
