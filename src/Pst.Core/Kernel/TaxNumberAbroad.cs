namespace Pst.Core.Kernel;

/// <summary>
/// A customer living abroad has no NPWP; a business there may give the tax or registration number of its own country
/// instead (free text, as each country writes it), or none. It stays out of the way of customers in Indonesia, who
/// give the NPWP (<see cref="NpwpRule"/>).
/// </summary>
public static class TaxNumberAbroad
{
    public const int MaxLength = 40;

    /// <summary>The number as it will be printed (spaces collapsed), or null with the localisation key of the fault.</summary>
    public static (string? Number, string? Error) Check(Domicile? domicile, string? input)
    {
        var number = string.Join(' ', (input ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (number.Length == 0)
        {
            return (null, null);
        }

        if (domicile != Domicile.Abroad)
        {
            return (null, "A tax or registration number from abroad is for customers living abroad; a business in Indonesia gives its NPWP.");
        }

        if (number.Length > MaxLength)
        {
            return (null, "The tax or registration number may have at most 40 characters.");
        }

        return number.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '/')
            ? (number, null)
            : (null, "The tax or registration number may have letters, digits, spaces, dashes, dots and slashes only.");
    }
}
