using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>
/// A complaint in Chromium: a visitor who is not signed in complains with a file, keeps the private link, the
/// officer takes it on and replies, and the visitor reads the reply on that link. The complaint form, its status
/// page, the officer's screens, the public satisfaction index and the supervisor's report pass axe-core;
/// screenshots are kept.
/// </summary>
public sealed class FeedbackJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_file_over_the_limit_is_refused_in_the_page_before_sending_and_what_was_typed_stays()
    {
        BrowserSite.SkipUnlessAvailable();
        await using var visitorBrowser = await site.NewVisitorAsync();
        var visitor = await visitorBrowser.NewPageAsync();
        await visitor.GotoAsync("/pengaduan/baru");
        const string Typed = "Berkas hasil unduhan saya rusak; terlampir tangkapan layarnya.";
        await visitor.GetByLabel("Apa yang terjadi? (wajib)").FillAsync(Typed);
        var file = visitor.GetByLabel("Berkas pendukung (tidak wajib: PDF, JPEG atau PNG)");

        // Over the 10 MB upload limit, and over the server's whole-body limit (about 28 MB): neither leaves the page.
        foreach (var megabytes in new[] { 11, 30 })
        {
            // A file on disk, which Chromium reads itself (a buffer this size crawls through the driver's protocol).
            var path = Path.Combine(Path.GetTempPath(), $"tangkapan-{megabytes}-{Guid.NewGuid():N}.pdf");
            await using (var large = File.Create(path))
            {
                large.SetLength(megabytes * 1024L * 1024);
            }

            await file.SetInputFilesAsync(path);
            File.Delete(path);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
            Assert.EndsWith("/pengaduan/baru", new Uri(visitor.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("Berkas lebih besar dari 10 MB", await file.EvaluateAsync<string>("input => input.validationMessage"), StringComparison.Ordinal);
            await Assertions.Expect(visitor.GetByLabel("Apa yang terjadi? (wajib)")).ToHaveValueAsync(Typed);
        }

        // A file within the limit clears the refusal (not sent here: the other journey of this site counts its complaints).
        await file.SetInputFilesAsync(new FilePayload { Name = "tangkapan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% bukti\n%%EOF\n"u8.ToArray() });
        Assert.Equal("", await file.EvaluateAsync<string>("input => input.validationMessage"));
        Assert.True(await visitor.Locator("#complaint-form").EvaluateAsync<bool>("form => form.checkValidity()"));
    }

    [Fact]
    public async Task A_visitor_complains_anonymously_the_officer_replies_and_the_visitor_reads_it()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "aduan.petugas@example.org", "Dewi Lestari", "Officer");
        await using var visitorBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        var visitor = await visitorBrowser.NewPageAsync();

        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Pengaduan", Exact = true }).First.ClickAsync();
        await PageChecks.CheckAsync(visitor, "110-pengaduan-formulir");
        await visitor.GetByLabel("Tentang apa?").SelectOptionAsync(new SelectOptionValue { Label = "Waktu penyelesaian" });
        await visitor.GetByLabel("Apa yang terjadi? (wajib)").FillAsync("Sudah dua minggu permintaan saya belum dijawab.");
        await visitor.GetByLabel("Berkas pendukung (tidak wajib: PDF, JPEG atau PNG)").SetInputFilesAsync(new FilePayload
        {
            Name = "tangkapan.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n% bukti\n%%EOF\n"u8.ToArray(),
        });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#complaint-state")).ToHaveTextAsync("Diterima");
        await PageChecks.CheckAsync(visitor, "111-pengaduan-status");
        var number = (await visitor.Locator("#complaint-number").TextContentAsync())!;
        var link = (await visitor.Locator("#status-link").TextContentAsync())!;
        Assert.Contains("?kunci=", link, StringComparison.Ordinal);

        var officer = await BrowserPeople.SignInAsync(officerBrowser, "aduan.petugas@example.org", staff: true);
        await officer.GotoAsync("/admin/pengaduan");
        await PageChecks.CheckAsync(officer, "112-pengaduan-daftar");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tangani" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#assigned")).ToHaveTextAsync("Dewi Lestari");
        await officer.GetByLabel("Catatan internal (hanya petugas)").FillAsync("Cek ke bagian IPDS");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan catatan" }).ClickAsync();
        await officer.GetByLabel("Jawaban kepada pengadu (dibaca pengadu)").FillAsync("Mohon maaf, permintaan Anda kami selesaikan hari ini.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#thread")).ToContainTextAsync("Cek ke bagian IPDS");
        await PageChecks.CheckAsync(officer, "113-pengaduan-petugas");

        await visitor.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(visitor.Locator("#complaint-messages")).ToContainTextAsync("Mohon maaf, permintaan Anda kami selesaikan hari ini.");
        await Assertions.Expect(visitor.Locator("#complaint-messages")).Not.ToContainTextAsync("IPDS");
        await Assertions.Expect(visitor.Locator("#complaint-state")).ToHaveTextAsync("Sedang ditangani");

        await visitor.GotoAsync("/ikm");
        await PageChecks.CheckAsync(visitor, "114-indeks-kepuasan");

        // The supervisor finds the complaint in this month's service report, on screen and in the workbook.
        await BrowserPeople.CreateAsync(site, "aduan.pengawas@example.org", "Sri Wahyuni", "Supervisor");
        await using var supervisorBrowser = await site.NewVisitorAsync();
        var supervisor = await BrowserPeople.SignInAsync(supervisorBrowser, "aduan.pengawas@example.org", staff: true);
        await supervisor.GotoAsync("/admin");
        await supervisor.Locator("#admin-menu").GetByRole(AriaRole.Link, new() { Name = "Laporan layanan" }).ClickAsync();
        var byChannel = supervisor.Locator("#table-complaints-by-channel");
        await Assertions.Expect(byChannel.Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("Situs web ini");
        await Assertions.Expect(byChannel.Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync("1");
        var chart = supervisor.Locator("#chart-complaints-by-channel");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        // A one-bar chart keeps its drawn size instead of stretching over the page (inline styles are refused by the CSP).
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: < 600, Height: < 600 }, $"chart drawn {box?.Width} x {box?.Height}");
        await PageChecks.CheckAsync(supervisor, "115-laporan-layanan");
        var download = await supervisor.RunAndWaitForDownloadAsync(() => supervisor.Locator("#download-xlsx").ClickAsync());
        Assert.Matches("^laporan-\\d{4}-\\d{2}\\.xlsx$", download.SuggestedFilename);
    }
}
