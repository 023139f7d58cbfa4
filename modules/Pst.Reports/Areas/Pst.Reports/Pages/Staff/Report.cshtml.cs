using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Reports;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Documents;
using Pst.Reports.Exports;

namespace Pst.Reports.Areas.Pst.Reports.Pages.Staff;

/// <summary>
/// The supervisor's report of a month, quarter, semester or year: every enabled module's section with its figures,
/// tables and charts; a table as CSV, the whole report as XLSX or as a PDF to print.
/// </summary>
[RequirePermission(ReportsPermissions.View)]
public sealed class ReportModel(ComposeReport compose, ISiteSettings settings, TimeProvider clock, IStringLocalizer<ReportsModule> text) : PageModel
{
    public ServiceReport Report { get; private set; } = null!;

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    /// <summary>The period asked for could not be read; the current month is shown instead.</summary>
    public string? PeriodError { get; private set; }

    public CultureInfo Culture => CultureInfo.CurrentCulture;

    public async Task OnGetAsync(string? periode)
    {
        var period = Period(periode);
        if (period is null)
        {
            PeriodError = text["\"{0}\" is not a period. Showing this month.", periode!];
        }

        Report = await compose.ForAsync(period ?? ThisMonth, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetCsvAsync(string? periode, string? tabel)
    {
        if (Period(periode) is not { } period)
        {
            return NotFound();
        }

        var report = await compose.ForAsync(period, HttpContext.RequestAborted);
        return report.FindTable(tabel ?? "") is { } table
            ? File(ReportCsv.Write(table), "text/csv; charset=utf-8", $"laporan-{period.Key}-{table.Key}.csv")
            : NotFound();
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? periode)
    {
        if (Period(periode) is not { } period)
        {
            return NotFound();
        }

        var report = await compose.ForAsync(period, HttpContext.RequestAborted);
        return File(ReportWorkbook.Write(report, text["Summary"], Heading(report)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"laporan-{period.Key}.xlsx");
    }

    public async Task<IActionResult> OnGetPdfAsync(string? periode)
    {
        if (Period(periode) is not { } period)
        {
            return NotFound();
        }

        var report = await compose.ForAsync(period, HttpContext.RequestAborted);
        var letterhead = OfficeLetterhead.From(await OfficeSettings.LoadAsync(settings, HttpContext.RequestAborted));
        var texts = new ReportPdfTexts(text["SERVICE REPORT"], Heading(report), text["None in this period."], (page, pages) => text["Page {0} of {1}", page, pages]);
        return File(ReportPdf.Write(report, texts, letterhead, Culture), "application/pdf", $"laporan-{period.Key}.pdf");
    }

    public string NameOf(ReportPeriod period) => PeriodNames.Of(period, text);

    public BarChart? ChartOf(ReportTable table) => TableChart.Of(table, Culture);

    public string Display(object? value, ReportValueKind kind) => ReportValues.Display(value, kind, Culture);

    /// <summary>The period and when the report was made, as the XLSX and the PDF head it.</summary>
    private IReadOnlyList<(string Label, string Value)> Heading(ServiceReport report) =>
    [
        (text["Period"], report.PeriodName),
        (text["Made on"], OfficeTime.Local(report.MadeAt).ToString("g", Culture) + " WIB"),
    ];

    private ReportPeriod ThisMonth => ReportPeriod.Containing(PeriodKind.Month, Today);

    private DateOnly Today => OfficeTime.DateOf(clock.GetUtcNow());

    /// <summary>The period of <paramref name="key"/>, this month when none is given, null when it cannot be read.</summary>
    private ReportPeriod? Period(string? key)
    {
        Periods = PeriodNames.RecentUpTo(Today);
        if (string.IsNullOrEmpty(key))
        {
            return ThisMonth;
        }

        return ReportPeriod.TryParse(key, out var period) ? period : null;
    }
}
