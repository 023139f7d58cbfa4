using System.Globalization;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;

namespace Pst.Core.Reports;

/// <summary>How a period is named to a reader: "Maret 2026", "Triwulan I 2026", "Semester II 2026", "2026", "5 Maret 2026 – 10 April 2026".</summary>
public static class PeriodNames
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static string Of(ReportPeriod period, IStringLocalizer text) => period.Kind switch
    {
        PeriodKind.Month => new DateTime(period.Year, period.Number, 1).ToString("MMMM yyyy", CultureInfo.CurrentUICulture),
        PeriodKind.Quarter => text["Quarter {0} {1}", Roman[period.Number - 1], period.Year],
        PeriodKind.Semester => text["Semester {0} {1}", Roman[period.Number - 1], period.Year],
        PeriodKind.Range => $"{period.Start.ToString("d MMMM yyyy", CultureInfo.CurrentUICulture)} – {period.LastDay.ToString("d MMMM yyyy", CultureInfo.CurrentUICulture)}",
        _ => period.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A name short enough to stand under a bar: "Mar 26", "TW I 26", "Smt II 26", "2026".</summary>
    public static string ShortOf(ReportPeriod period, IStringLocalizer text) => period.Kind switch
    {
        PeriodKind.Month => new DateTime(period.Year, period.Number, 1).ToString("MMM yy", CultureInfo.CurrentUICulture),
        PeriodKind.Quarter => text["Q{0} {1}", Roman[period.Number - 1], period.Year % 100],
        PeriodKind.Semester => text["S{0} {1}", Roman[period.Number - 1], period.Year % 100],
        PeriodKind.Range => $"{period.Start.ToString("d/M/yy", CultureInfo.CurrentUICulture)}–{period.LastDay.ToString("d/M/yy", CultureInfo.CurrentUICulture)}",
        _ => period.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The periods a supervisor picks from: the last 12 months, 8 quarters, 4 semesters and 3 years up to <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReportPeriod> RecentUpTo(DateOnly today) =>
    [
        .. ReportPeriod.Containing(PeriodKind.Month, today).Trailing(12).Reverse(),
        .. ReportPeriod.Containing(PeriodKind.Quarter, today).Trailing(8).Reverse(),
        .. ReportPeriod.Containing(PeriodKind.Semester, today).Trailing(4).Reverse(),
        .. ReportPeriod.Containing(PeriodKind.Year, today).Trailing(3).Reverse(),
    ];
}
