using System.Globalization;
using Pst.Core.Kernel;

namespace Pst.Core.Reports;

/// <summary>
/// How a report's values are written for a reader (screen, PDF): by the culture for numbers, the Indonesian way for
/// rupiah as on every document, and as plain invariant numbers for files another program reads (CSV, XLSX).
/// </summary>
public static class ReportValues
{
    public static string Display(object? value, ReportValueKind kind, CultureInfo culture) => value switch
    {
        null => "–",
        string text => text,
        _ => kind switch
        {
            ReportValueKind.Rupiah => new Rupiah(Convert.ToInt64(value, CultureInfo.InvariantCulture)).ToString(),
            ReportValueKind.Percent => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.00", culture) + "%",
            ReportValueKind.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.00", culture),
            ReportValueKind.Minutes => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.0", culture),
            ReportValueKind.Count => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,0", culture),
            _ => Convert.ToString(value, culture) ?? "",
        },
    };

    /// <summary>The value as a machine reads it: invariant digits, a point for decimals, no grouping, no unit.</summary>
    public static string Plain(object? value) => value switch
    {
        null => "",
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Whether the value is written as a number in a spreadsheet.</summary>
    public static bool IsNumber(object? value) => value is int or long or decimal or double;
}
