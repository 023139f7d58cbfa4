using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Documents;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Reports;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Documents;
using Pst.Reports.Exports;

namespace Pst.Reports.Areas.Pst.Reports.Pages.Staff;

/// <summary>
/// The supervisor's report of a month, quarter, semester, year or range of days: every enabled module's section with
/// its figures, tables and charts; a table as CSV, the whole report as XLSX or as a PDF to print. A period that
/// cannot be reported on is answered with status 400 and the reason, on the page and for every download.
/// </summary>
[RequirePermission(ReportsPermissions.View)]
public sealed class ReportModel(ComposeReport compose, IssueDocument documents, IIssuedDocuments register, IFileStore files, TimeProvider clock, IStringLocalizer<ReportsModule> text) : PageModel
{
    /// <summary>The report shown; null when the period asked for cannot be reported on (<see cref="PeriodError"/>).</summary>
    public ServiceReport? Report { get; private set; }

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    /// <summary>Why the period asked for cannot be reported on, in the reader's language.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>The range of days shown in the from/to fields: the report's own when it is a range.</summary>
    public (DateOnly? First, DateOnly? Last) Range { get; private set; }

    public CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <param name="periode">A period's key from the list (<c>2026-03</c>, <c>2026-Q1</c> …).</param>
    /// <param name="dari">With <paramref name="sampai"/>: the first and the last day of a range, instead of a listed period.</param>
    public async Task<IActionResult> OnGetAsync(string? periode, DateOnly? dari, DateOnly? sampai)
    {
        Range = (dari, sampai);
        if (Period(periode, dari, sampai) is not { } period)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = await compose.ForAsync(period, HttpContext.RequestAborted);
        if (period.Kind == PeriodKind.Range)
        {
            Range = (period.Start, period.LastDay);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? periode, string? tabel)
    {
        if (Period(periode) is not { } period)
        {
            return Refused();
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
            return Refused();
        }

        var report = await compose.ForAsync(period, HttpContext.RequestAborted);
        return File(ReportWorkbook.Write(report, text["Summary"], Heading(report)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"laporan-{period.Key}.xlsx");
    }

    public async Task<IActionResult> OnGetPdfAsync(string? periode)
    {
        if (Period(periode) is not { } period)
        {
            return Refused();
        }

        // Each print is an issued document: numbered, with its QR code, registered for the verification page.
        var report = await compose.ForAsync(period, HttpContext.RequestAborted);
        var printed = await documents.IssueAsync(
            IssuedDocumentKind.ServiceReport,
            DocumentNumber.Yearly("LAP", "service-report"),
            clock.GetUtcNow(),
            $"{Request.Scheme}://{Request.Host}",
            d => ReportPdf.Write(
                report,
                new ReportPdfTexts(
                    text["SERVICE REPORT"],
                    [(text["Number"], d.Number), .. Heading(report)],
                    text["None in this period."],
                    (page, pages) => text["Page {0} of {1}", page, pages],
                    (d.VerificationUrl, text["Check that this report is genuine at {0}", d.VerificationUrl])),
                d.Letterhead,
                Culture),
            requestNumber: null,
            amount: null,
            $"laporan-{period.Key}.pdf",
            HttpContext.RequestAborted);
        try
        {
            await register.CommitAsync(HttpContext.RequestAborted);
        }
        catch
        {
            await documents.DiscardAsync([printed]);
            throw;
        }

        return await files.OpenAsync(printed.FileId, HttpContext.RequestAborted) is { } content
            ? File(content, "application/pdf", printed.FileName)
            : throw new InvalidOperationException($"The printed report {printed.Number} was stored but cannot be read back.");
    }

    public string NameOf(ReportPeriod period) => PeriodNames.Of(period, text);

    public BarChart? ChartOf(ReportTable table) => TableChart.Of(table, Culture);

    public string Display(object? value, ReportValueKind kind) => ReportValues.Display(value, kind, Culture);

    /// <summary>The rows of <paramref name="table"/> this screen shows: the page its query parameter asks for, the first when none or not a number.</summary>
    public ReportTablePage PageOf(ReportTable table) =>
        ReportTablePage.Of(table, int.TryParse(Request.Query[ReportTablePage.QueryKey(table)], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1);

    /// <summary>The links under a paged table: first, previous, this page, next, last; one that leads nowhere has no address.</summary>
    public IEnumerable<(string Text, string? Href, bool Current)> PageLinks(ReportTable table, ReportTablePage shown)
    {
        yield return (text["First"], shown.Number > 1 ? PageLink(table, 1) : null, false);
        yield return (text["Previous"], shown.Number > 1 ? PageLink(table, shown.Number - 1) : null, false);
        yield return (text["Page {0} of {1}", shown.Number, shown.Count], null, true);
        yield return (text["Next"], shown.Number < shown.Count ? PageLink(table, shown.Number + 1) : null, false);
        yield return (text["Last"], shown.Number < shown.Count ? PageLink(table, shown.Count) : null, false);
    }

    /// <summary>This report with <paramref name="table"/> turned to page <paramref name="number"/>, the other tables' pages kept.</summary>
    private string PageLink(ReportTable table, int number)
    {
        var query = Request.Query.ToDictionary(p => p.Key, p => p.Value);
        query[ReportTablePage.QueryKey(table)] = number.ToString(CultureInfo.InvariantCulture);
        return Request.Path + QueryString.Create(query) + "#table-" + table.Key;
    }

    /// <summary>The period and when the report was made, as the XLSX and the PDF head it.</summary>
    private IReadOnlyList<(string Label, string Value)> Heading(ServiceReport report) =>
    [
        (text["Period"], report.PeriodName),
        (text["Made on"], OfficeTime.Local(report.MadeAt).ToString("g", Culture) + " WIB"),
    ];

    private ReportPeriod ThisMonth => ReportPeriod.Containing(PeriodKind.Month, Today);

    private DateOnly Today => OfficeTime.DateOf(clock.GetUtcNow());

    /// <summary>A download of a period that cannot be reported on: status 400 with the reason, never an empty file.</summary>
    private BadRequestObjectResult Refused() => BadRequest(PeriodError ?? "");

    /// <summary>
    /// The period asked for: a range of days, a listed period's key, or this month when none is given; null, with
    /// <see cref="PeriodError"/> said, when it cannot be reported on.
    /// </summary>
    private ReportPeriod? Period(string? key, DateOnly? first = null, DateOnly? last = null)
    {
        Periods = PeriodNames.RecentUpTo(Today);
        if (first is not null || last is not null)
        {
            if (first is not { } from || last is not { } to)
            {
                PeriodError = text["Give both the first and the last day of the period."];
                return null;
            }

            key = ReportPeriod.KeyOfRange(from, to);
        }

        if (string.IsNullOrEmpty(key))
        {
            return ThisMonth;
        }

        if (ReportPeriod.Read(key, Today, out var period) is not { } problem)
        {
            return period;
        }

        PeriodError = problem switch
        {
            PeriodProblem.FromAfterTo => text["The first day comes after the last day."],
            PeriodProblem.BeforeRecords => text["The office keeps no records before {0}.", ReportPeriod.EarliestYear],
            PeriodProblem.TooFarAhead => text["That period lies too far ahead: choose one that starts by the end of next year."],
            PeriodProblem.TooLong => text["A range of days covers at most five years; for longer spans, report year by year."],
            _ => text["\"{0}\" is not a period. Choose one from the list, or give the first and the last day.", key],
        };
        return null;
    }
}
