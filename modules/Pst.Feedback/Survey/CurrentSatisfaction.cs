using Pst.Core.Reports;
using Microsoft.Extensions.Localization;
using Pst.Core.Feedback;
using Pst.Core.Kernel;

namespace Pst.Feedback.Survey;

/// <summary>The index of the current year so far, as the home page and the service standard quote it.</summary>
public sealed class CurrentSatisfaction(SatisfactionReport report, TimeProvider clock, IStringLocalizer<FeedbackModule> text) : ISatisfactionSummary
{
    public async Task<SatisfactionSummary?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var year = ReportPeriod.Containing(PeriodKind.Year, OfficeTime.DateOf(clock.GetUtcNow()));
        return (await report.ForAsync(year, cancellationToken)) is { Index: { } index } period
            ? new SatisfactionSummary(PeriodNames.Of(year, text), SatisfactionTrendChart.Decimal(index.Value), index.Grade.Letter, text[index.Grade.PerformanceKey], period.Respondents)
            : null;
    }
}
