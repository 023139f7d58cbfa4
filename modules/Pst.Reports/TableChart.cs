using System.Globalization;
using Pst.Core.Reports;

namespace Pst.Reports;

/// <summary>The bar chart of a report table: its first column against its <see cref="ReportTable.ChartColumn"/>, the total row left out.</summary>
public static class TableChart
{
    public static BarChart? Of(ReportTable table, CultureInfo culture)
    {
        if (table.ChartColumn is not { } column || table.Rows.Count == 0)
        {
            return null;
        }

        var kind = table.Columns[column].Kind;
        var bars = table.Rows.Select(row => new BarChart.Bar(
            ReportValues.Display(row[0], ReportValueKind.Text, culture),
            row[column] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null,
            ReportValues.Display(row[column], kind, culture))).ToList();
        var maximum = kind == ReportValueKind.Percent ? 100m : NiceCeiling(bars.Max(b => b.Value ?? 0m));
        return new BarChart($"chart-{table.Key}", table.Title, bars, 0m, maximum, []);
    }

    /// <summary>The axis' top: the smallest 1, 2 or 5 times a power of ten at or above the largest value (1 for none).</summary>
    internal static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }
}
