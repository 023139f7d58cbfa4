using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Reports;
using Pst.Feedback.Survey;

namespace Pst.Feedback.Reports;

/// <summary>
/// The satisfaction index of the period in the supervisor's report: the figure, its grade, the sample, per element,
/// per channel, per product type and per counter (the same computation as the index page).
/// </summary>
public sealed class SatisfactionSection(SatisfactionReport report, ProductTypeTexts productTypes, IStringLocalizer<FeedbackModule> text) : IServiceReport
{
    public string ModuleId => FeedbackModule.Id;

    public int Order => 40;

    public async Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var figures = await report.ForAsync(period, cancellationToken);
        var index = figures.Index;
        List<string> warnings = [];
        if (index is null)
        {
            warnings.Add(text["Nobody answered the survey in this period."]);
        }
        else if (figures.BelowMinimumSample)
        {
            warnings.Add(text["{0} respondents is fewer than the minimum sample of {1} for {2} customers served, so the index may not represent them.", figures.Respondents, figures.MinimumSample, figures.Population]);
        }

        return new ReportSection(
            "satisfaction",
            text["Satisfaction index (IKM)"],
            [
                new(text["Index"], index?.Value, ReportValueKind.Decimal),
                new(text["Grade"], index is null ? null : Grade(index.Grade), ReportValueKind.Text),
                new(text["Respondents"], figures.Respondents, ReportValueKind.Count),
                new(text["Customers served"], figures.Population, ReportValueKind.Count),
                new(text["Minimum sample"], figures.MinimumSample, ReportValueKind.Count),
            ],
            [
                new ReportTable(
                    "satisfaction-by-element",
                    text["Index by element"],
                    [new(text["Element"]), new(text["Average score"], ReportValueKind.Decimal), new(text["Index"], ReportValueKind.Decimal), new(text["Grade"])],
                    (index?.Elements ?? []).Select(e => (IReadOnlyList<object?>)[
                        $"{e.Element.Code} {text[e.Element.TitleKey]}",
                        decimal.Round(e.Average, 2, MidpointRounding.AwayFromZero),
                        e.Converted,
                        Grade(e.Grade)]).ToList(),
                    index is null ? null : [text["Total"].Value, null, index.Value, Grade(index.Grade)],
                    ChartColumn: 2).Checked(),
                Groups("satisfaction-by-channel", text["Index by channel"], text["Channel"], figures.ByChannel, key => text[$"SalesChannel.{key}"].Value),
                Groups("satisfaction-by-product-type", text["Index by product type"], text["Product type"], figures.ByProductType, productTypes.NameOf),
                Groups("satisfaction-by-counter", text["Index by counter (walk-in visits)"], text["Counter"], figures.ByCounter, counter => counter),
            ],
            warnings);
    }

    private ReportTable Groups(string key, string title, string groupTitle, IReadOnlyList<SatisfactionGroup> groups, Func<string, string> nameOf) => new ReportTable(
        key,
        title,
        [new(groupTitle), new(text["Respondents"], ReportValueKind.Count), new(text["Index"], ReportValueKind.Decimal), new(text["Grade"])],
        groups.Select(g => (IReadOnlyList<object?>)[nameOf(g.Key), g.Index.Respondents, g.Index.Value, Grade(g.Index.Grade)]).ToList()).Checked();

    private string Grade(SatisfactionGrade grade) => $"{grade.Letter} ({text[grade.PerformanceKey]})";
}
