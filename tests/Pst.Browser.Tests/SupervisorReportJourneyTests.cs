using Microsoft.Playwright;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>
/// The supervisor's month in Chromium: a request whose requirements were complete on Monday 7 December 2026 is still
/// open on Tuesday 22 December, its 11th working day. The supervisor opens the report, which shows the month, finds the
/// request among the overdue ones, downloads the workbook and follows the request's number to its page, read only.
/// </summary>
public sealed class SupervisorReportJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task The_supervisor_opens_the_monthly_report_downloads_the_workbook_and_follows_an_overdue_request()
    {
        BrowserSite.SkipUnlessAvailable();
        site.Clock.MoveTo(ShiftedClock.OfficeMorning);
        await BrowserPeople.CreateAsync(site, "ani.browser@example.org", "Ani Lestari", "Customer", CustomerSegment.Student, "Universitas Negeri Semarang");
        await BrowserPeople.CreateAsync(site, "petugas.laporan@example.org", "Budi Santoso", "Officer");
        await BrowserPeople.CreateAsync(site, "pengawas.laporan@example.org", "Dewi Pengawas", "Supervisor");
        await using var customerBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(customerBrowser, "ani.browser@example.org");
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "petugas.laporan@example.org", staff: true);

        // A student asks for the publication; the officer declares the requirements complete the same Monday.
        await customer.GotoAsync("/katalog");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Provinsi Jawa Tengah Dalam Angka 2026" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan saya" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#state")).ToContainTextAsync("Diajukan");
        var number = (await customer.Locator("h1").TextContentAsync())!.Replace("Permintaan ", "", StringComparison.Ordinal).Trim();
        await officer.GotoAsync("/admin/permintaan");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nyatakan persyaratan lengkap" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#clock")).ToContainTextAsync("sisa 10 hari kerja");

        // Tuesday 22 December: the supervisor signs in and opens the reports, which show this month.
        site.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(15));
        await using var supervisorBrowser = await site.NewVisitorAsync();
        var supervisor = await BrowserPeople.SignInAsync(supervisorBrowser, "pengawas.laporan@example.org", staff: true);
        await supervisor.GotoAsync("/admin");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Laporan layanan" }).First.ClickAsync();
        await Assertions.Expect(supervisor.Locator("#report-period")).ToHaveTextAsync("Desember 2026");
        var overdueRow = supervisor.Locator("#table-requests-overdue tbody tr").Filter(new() { HasText = number });
        await Assertions.Expect(overdueRow).ToContainTextAsync("Persyaratan lengkap");
        await PageChecks.CheckAsync(supervisor, "70-pengawas-laporan");

        // The workbook holds the same overdue request, its 11 working days as a number.
        var download = await supervisor.RunAndWaitForDownloadAsync(() => supervisor.Locator("#download-xlsx").ClickAsync());
        var sheets = ReportFiles.ReadXlsx(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var overdue = sheets.Single(s => s.Name == "requests-overdue").Rows;
        var row = overdue.Single(r => r[0].Text == number);
        Assert.True(row[2].IsNumber);
        Assert.Equal(11m, row[2].Number);
        Assert.Equal("Persyaratan lengkap", row[3].Text);

        // The number opens the request; the supervisor reads it and can take none of the officer's steps.
        await overdueRow.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(supervisor.Locator("#state")).ToContainTextAsync("Persyaratan lengkap");
        Assert.Equal(0, await supervisor.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).CountAsync());
        await PageChecks.CheckAsync(supervisor, "71-pengawas-permintaan");
    }
}
