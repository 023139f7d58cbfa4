using Microsoft.Extensions.Localization;
using Pst.Core.Features;
using Pst.Core.Kernel;
using Pst.Core.Reports;

namespace Pst.Reports;

/// <summary>The report of one period: its name, when it was made, and the sections of the enabled modules in order.</summary>
public sealed record ServiceReport(ReportPeriod Period, string PeriodName, DateTimeOffset MadeAt, IReadOnlyList<ReportSection> Sections)
{
    public ReportTable? FindTable(string key) => Sections.SelectMany(s => s.Tables).FirstOrDefault(t => t.Key == key);
}

/// <summary>Gathers the sections of the enabled modules for a period.</summary>
public sealed class ComposeReport(IEnumerable<IServiceReport> sources, FeatureManager features, IStringLocalizer<ReportsModule> text, TimeProvider clock)
{
    public async Task<ServiceReport> ForAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var sections = new List<ReportSection>();
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            if (enabled.Contains(source.ModuleId))
            {
                sections.Add(await source.BuildAsync(period, cancellationToken));
            }
        }

        return new ServiceReport(period, PeriodNames.Of(period, text), clock.GetUtcNow(), sections);
    }
}
