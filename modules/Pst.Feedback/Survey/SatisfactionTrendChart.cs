using System.Globalization;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Reports;

namespace Pst.Feedback.Survey;

/// <summary>The trend of the index as a bar chart on the 25–100 scale, with the grade bands' lower edges as guides.</summary>
public static class SatisfactionTrendChart
{
    public static BarChart Of(string id, IReadOnlyList<(ReportPeriod Period, SatisfactionIndex? Index)> trend, IStringLocalizer text) =>
        new(
            id,
            text["Satisfaction index per period (25–100); the dashed lines are the lower edges of grades C, B and A."],
            trend.Select(t => new BarChart.Bar(PeriodNames.ShortOf(t.Period, text), t.Index?.Value, t.Index is { } i ? Decimal(i.Value) : "—")).ToList(),
            25m,
            100m,
            SatisfactionGrade.Bands.Where(b => b.From > 25m).Select(b => new BarChart.Guide(b.From, b.Grade.Letter.ToString())).ToList());

    /// <summary>An index as the reader's culture writes it, always with two decimals (88,31).</summary>
    public static string Decimal(decimal value) => value.ToString("0.00", CultureInfo.CurrentCulture);
}
