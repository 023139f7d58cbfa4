namespace Pst.Core.Kernel;

/// <summary>
/// A private business in Indonesia must give its NPWP (the standard's online requirement 2); NPWP has 16 digits since
/// 2024. A business abroad has no NPWP and is not asked for one; if it gives one, it must still be a valid NPWP.
/// Dots, dashes and spaces as people type them are accepted and removed.
/// </summary>
public static class NpwpRule
{
    /// <summary>Whether the customer must give an NPWP (and, for a request, its scan).</summary>
    public static bool IsRequired(CustomerSegment? segment, Domicile? domicile) =>
        segment == CustomerSegment.PrivateBusiness && domicile != Domicile.Abroad;

    /// <summary>The digits of a valid NPWP, or null with the localisation key of the fault.</summary>
    public static (string? Npwp, string? Error) Check(CustomerSegment? segment, Domicile? domicile, string? input)
    {
        var digits = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray());
        if (digits.Length == 0)
        {
            return IsRequired(segment, domicile) ? (null, "A private business must give its NPWP.") : (null, null);
        }

        return digits.Length == 16 && digits.All(char.IsAsciiDigit) ? (digits, null) : (null, "The NPWP must have 16 digits.");
    }
}
