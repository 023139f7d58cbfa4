using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Core.Reports;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Staff;

/// <summary>
/// The supervisor's satisfaction index of a month, quarter, semester or year: figures and elements as published,
/// then per channel, product type and counter, the trend of the same kind of period, and what customers wrote.
/// </summary>
[RequirePermission(FeedbackPermissions.Supervise)]
public sealed class SatisfactionModel(SatisfactionReport report, ProductTypeTexts productTypes, TimeProvider clock, IStringLocalizer<FeedbackModule> text) : PageModel
{
    public SatisfactionPeriod Shown { get; private set; } = null!;

    public BarChart Chart { get; private set; } = null!;

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public async Task OnGetAsync(string? periode)
    {
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        Periods = PeriodNames.RecentUpTo(today);
        var period = ReportPeriod.TryParse(periode, out var asked) ? asked : ReportPeriod.Containing(PeriodKind.Month, today);
        Shown = await report.ForAsync(period, HttpContext.RequestAborted);
        var trend = await report.TrendAsync(period, period.Kind == PeriodKind.Year ? 3 : 6, HttpContext.RequestAborted);
        Chart = SatisfactionTrendChart.Of("trend-chart", trend, text);
    }

    public string NameOf(ReportPeriod period) => PeriodNames.Of(period, text);

    public string ChannelName(string channel) => text["SalesChannel." + channel];

    public string ProductTypeName(string id) => productTypes.NameOf(id);
}
