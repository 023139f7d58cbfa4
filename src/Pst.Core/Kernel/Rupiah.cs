using System.Globalization;

namespace Pst.Core.Kernel;

/// <summary>
/// An amount of Indonesian rupiah, kept as whole rupiah in a 64-bit integer (databases store it as an integer
/// column, so no provider loses decimal scale). Written with the separators of the reader's language, like every
/// other number on the page: <c>Rp1.250.000,00</c> in Indonesian, <c>Rp1,250,000.00</c> in English. The office's
/// documents, which are Indonesian whoever reads them, pass their culture.
/// </summary>
public readonly record struct Rupiah(long Amount) : IComparable<Rupiah>, IFormattable
{
    private static readonly NumberFormatInfo IndonesianNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    private static readonly NumberFormatInfo EnglishNumbers = new()
    {
        NumberGroupSeparator = ",",
        NumberDecimalSeparator = ".",
        NumberGroupSizes = [3],
    };

    public static Rupiah Zero => new(0);

    public bool IsZero => Amount == 0;

    public static Rupiah operator +(Rupiah a, Rupiah b) => new(checked(a.Amount + b.Amount));

    public static Rupiah operator -(Rupiah a, Rupiah b) => new(checked(a.Amount - b.Amount));

    public static Rupiah operator *(Rupiah a, long factor) => new(checked(a.Amount * factor));

    public static bool operator <(Rupiah a, Rupiah b) => a.Amount < b.Amount;

    public static bool operator >(Rupiah a, Rupiah b) => a.Amount > b.Amount;

    public static bool operator <=(Rupiah a, Rupiah b) => a.Amount <= b.Amount;

    public static bool operator >=(Rupiah a, Rupiah b) => a.Amount >= b.Amount;

    public static Rupiah Sum(IEnumerable<Rupiah> amounts) => amounts.Aggregate(Zero, (total, a) => total + a);

    /// <summary>An amount as a person types it: digits, with dots or spaces as thousands separators ("50.000"); no decimals, no sign.</summary>
    public static Rupiah? FromTyped(string? typed)
    {
        var digits = (typed ?? "").Trim().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return digits.Length is > 0 and <= 15 && digits.All(char.IsAsciiDigit) ? new Rupiah(long.Parse(digits, CultureInfo.InvariantCulture)) : null;
    }

    public int CompareTo(Rupiah other) => Amount.CompareTo(other.Amount);

    /// <summary>In the current culture's language.</summary>
    public override string ToString() => ToString(CultureInfo.CurrentCulture);

    /// <summary>
    /// In <paramref name="provider"/>'s language: "Rp1.250.000,00" in Indonesian; "IDR 1,250,000.00" in English, the
    /// currency's international code with English separators, as a reader abroad sees amounts on a bank's form.
    /// </summary>
    public string ToString(IFormatProvider? provider) =>
        provider is CultureInfo { TwoLetterISOLanguageName: "en" }
            ? (Amount < 0 ? "-IDR " : "IDR ") + Math.Abs((decimal)Amount).ToString("#,0.00", EnglishNumbers)
            : (Amount < 0 ? "-Rp" : "Rp") + Math.Abs((decimal)Amount).ToString("#,0.00", IndonesianNumbers);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(formatProvider ?? CultureInfo.CurrentCulture);
}
