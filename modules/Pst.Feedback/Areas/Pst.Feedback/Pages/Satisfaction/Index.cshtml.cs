using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Reports;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Satisfaction;

/// <summary>
/// The public satisfaction index: the current year so far (or a period the reader picks), its grade and the
/// element averages, and the trend of the last twelve months.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(SatisfactionReport report, TimeProvider clock, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public SatisfactionPeriod Shown { get; private set; } = null!;

    public IReadOnlyList<(ReportPeriod Period, SatisfactionIndex? Index)> Trend { get; private set; } = [];

    public BarChart Chart { get; private set; } = null!;

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public async Task OnGetAsync(string? periode)
    {
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        Periods = PeriodNames.RecentUpTo(today);
        var period = ReportPeriod.TryParse(periode, out var asked) && asked.Start <= today ? asked : ReportPeriod.Containing(PeriodKind.Year, today);
        Shown = await report.ForAsync(period, HttpContext.RequestAborted);
        Trend = await report.TrendAsync(ReportPeriod.Containing(PeriodKind.Month, today), 12, HttpContext.RequestAborted);
        Chart = SatisfactionTrendChart.Of("trend-chart", Trend, text);
    }

    public string NameOf(ReportPeriod period) => PeriodNames.Of(period, text);
}
