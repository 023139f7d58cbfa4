using Pst.Core.Kernel;

namespace Pst.Core.Reports;

/// <summary>
/// One part of the supervisor's report for a period, contributed by the module that owns the figures (Ordering:
/// requests and the 10-working-day limit; WalkIn: the queue and the 10-minute limit; Payments: PNBP revenue;
/// Feedback: the satisfaction index and complaints). The reports module knows no module's tables: it shows, exports
/// and prints whatever sections the enabled modules give, all in the one shape of <see cref="ReportSection"/>.
/// Texts are localised by the module in the culture of the call.
/// </summary>
public interface IServiceReport
{
    /// <summary>The module that contributes the section; a disabled module's section is left out.</summary>
    string ModuleId { get; }

    /// <summary>Where the section stands in the report (lowest first).</summary>
    int Order { get; }

    Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default);
}

/// <summary>How a value is written: on screen and in the PDF by the culture; in CSV and XLSX as a plain number.</summary>
public enum ReportValueKind
{
    Text,

    /// <summary>A whole number of things (int or long).</summary>
    Count,

    /// <summary>A share as a percentage, 0 to 100, two decimals (decimal).</summary>
    Percent,

    /// <summary>An amount in rupiah (long).</summary>
    Rupiah,

    /// <summary>A number with two decimals, such as the satisfaction index (decimal).</summary>
    Decimal,

    /// <summary>A duration in minutes, one decimal (decimal).</summary>
    Minutes,
}

/// <summary>
/// A value that opens the page it names on screen (a request's number opens the request); files and the PDF write
/// its text.
/// </summary>
public sealed record ReportLink(string Text, string Url)
{
    public override string ToString() => Text;
}

public sealed record ReportColumn(string Title, ReportValueKind Kind = ReportValueKind.Text);

/// <summary>A headline figure of a section ("Within 10 working days: 83.33%").</summary>
public sealed record ReportFact(string Label, object? Value, ReportValueKind Kind);

/// <summary>
/// A table of a section. Each row holds one value per column (null for none), typed as its column's kind says.
/// </summary>
/// <param name="Key">Unique in the report ("requests-by-state"): the CSV's and the XLSX sheet's name.</param>
/// <param name="Total">An optional last row of totals.</param>
/// <param name="ChartColumn">When set, the screen draws a bar chart of this column against the first.</param>
public sealed record ReportTable(
    string Key,
    string Title,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<object?>? Total = null,
    int? ChartColumn = null)
{
    /// <summary>Checks each row has one value per column, so a mismatch fails where the table is made, not in an export.</summary>
    public ReportTable Checked()
    {
        foreach (var row in Total is null ? Rows : Rows.Append(Total))
        {
            if (row.Count != Columns.Count)
            {
                throw new InvalidOperationException($"Report table '{Key}' has a row of {row.Count} values for {Columns.Count} columns.");
            }
        }

        return this;
    }
}

/// <summary>A section of the report: its headline figures, warnings (a short sample, receipts not itemised) and tables.</summary>
public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportFact> Facts, IReadOnlyList<ReportTable> Tables, IReadOnlyList<string> Warnings)
{
    public static decimal Share(int part, int whole) => whole == 0 ? 0m : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
