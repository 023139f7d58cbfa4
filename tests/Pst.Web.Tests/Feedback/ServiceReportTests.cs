using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Feedback.Complaints;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Payments.Receipts;
using Pst.Tests.Shared;
using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Feedback;

/// <summary>
/// The supervisor's service report through the real site: requests counted as submitted in the period, the
/// 10-working-day limit with its overdue list, walk-in waits, PNBP revenue that adds up to the receipts issued,
/// complaints; the same figures in the CSV, the XLSX and the PDF, read back.
/// </summary>
public abstract class ServiceReportTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Report = "/admin/laporan?periode=2026-12";

    [Fact]
    public async Task The_report_of_a_month_counts_its_requests_and_reconciles_revenue_to_the_receipts()
    {
        using var ani = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var budi = await SiteSession.CustomerAsync(Factory, "budi@example.org", "Budi Santoso", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        using var visitor = new SiteSession(Factory);

        // Two requests completed and paid, a third waiting for payment; a visitor served at counter 1; a complaint.
        await ToCompletedAsync(ani, officer, treasurer);
        await ToCompletedAsync(budi, officer, treasurer);
        await ToAwaitingPaymentAsync(ani, officer);
        await OpenDeskRequestAsync(visitor, officer);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(visitor.Client, ComplaintAddresses.New, ("Input.Category", "CompletionTime"), ("Input.Description", "Antrean terlalu lama."))).StatusCode);

        // What the database holds, to reconcile against.
        long receiptsTotal;
        int receipts, submitted;
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            var issued = await db.Set<Receipt>().ToListAsync(TestContext.Current.CancellationToken);
            (receipts, receiptsTotal) = (issued.Count, issued.Sum(r => r.Amount));
            submitted = (await db.Set<Request>().Where(r => r.State != RequestState.Draft).ToListAsync(TestContext.Current.CancellationToken)).Count;
        }

        Assert.Equal(2, receipts);
        Assert.True(receiptsTotal > 0);
        Assert.Equal(3, submitted);

        // On screen.
        var page = await TextOfAsync(supervisor, Report);
        Assert.Contains("id=\"report-period\">Desember 2026<", page, StringComparison.Ordinal);
        foreach (var section in new[] { "requests", "walk-in", "revenue", "satisfaction", "complaints" })
        {
            Assert.Contains($"id=\"section-{section}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("<dt class=\"col-sm-5\">Permintaan diajukan</dt>\n                <dd class=\"col-sm-7\">3</dd>", page.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(new Rupiah(receiptsTotal).ToString(), page, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-requests-by-month\"", page, StringComparison.Ordinal);
        Assert.Contains("Dipanggil dalam 10 menit", page, StringComparison.Ordinal);

        // The workbook: revenue by tariff item and the receipts both add up to the receipts issued, with no
        // unitemised row; requests by month and by state add up to the requests submitted.
        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        var byItem = Sheet(sheets, "revenue-by-tariff-item");
        Assert.Equal(receiptsTotal, byItem[^1][^1].Number);
        Assert.Equal(receiptsTotal, byItem.Skip(1).SkipLast(1).Sum(r => r[^1].Number));
        Assert.DoesNotContain(byItem, r => r[0].Text == "–");
        var receiptRows = Sheet(sheets, "revenue-receipts");
        Assert.Equal(receipts, receiptRows.Count - 2);
        Assert.All(receiptRows.Skip(1).SkipLast(1), r => Assert.Matches("^KW-2026-\\d{5}$", r[0].Text));
        Assert.Equal(receiptsTotal, receiptRows.Skip(1).SkipLast(1).Sum(r => r[^1].Number));
        var byMonth = Sheet(sheets, "requests-by-month");
        Assert.Equal(["Bulan", "Daring", "Di kantor", "Permintaan"], byMonth[0].Select(c => c.Text));
        Assert.Equal([3m, 0m, 3m], byMonth[1].Skip(1).Select(c => c.Number));
        Assert.Equal(submitted, byMonth[^1][^1].Number);
        var byState = Sheet(sheets, "requests-by-state");
        Assert.Equal(submitted, byState.Skip(1).SkipLast(1).Sum(r => r[1].Number));
        Assert.Contains(byState, r => r[0].Text == "Selesai" && r[1].Number == 2);
        Assert.Contains(byState, r => r[0].Text == "Menunggu pembayaran" && r[1].Number == 1);
        var byChannel = Sheet(sheets, "revenue-by-payment-channel");
        Assert.Equal(["kode billing", "2"], byChannel[1].Take(2).Select(c => c.Text));
        Assert.Equal(receiptsTotal, byChannel[^1][^1].Number);
        Assert.Contains(Sheet(sheets, "Ringkasan"), r => r.Count == 2 && r[0].Text == "Selisih pos tarif dan kuitansi" && r[1].Number == 0);
        var bySegment = Sheet(sheets, "requests-by-segment");
        Assert.Equal(["Perorangan", "1", "0", "1"], bySegment[1].Select(c => c.Text));
        Assert.Equal(["Mahasiswa/pelajar", "2", "0", "2"], bySegment[2].Select(c => c.Text));
        Assert.Equal(submitted, bySegment[^1][^1].Number);
        var counters = Sheet(sheets, "walk-in-by-counter");
        Assert.Equal(1m, counters[^1][1].Number);
        var complaints = Sheet(sheets, "complaints-by-channel");
        Assert.Equal(["Situs web ini", "1"], complaints[1].Take(2).Select(c => c.Text));
        Assert.Contains(Sheet(sheets, "Ringkasan"), r => r.Count == 2 && r[0].Text == "Penerimaan" && r[1].Number == receiptsTotal);

        // A table as CSV reads back to the same figures.
        var csv = ReportFiles.ReadCsv(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Csv&tabel=revenue-by-tariff-item"));
        Assert.Equal(["Jenis tarif", "Uraian", "Jumlah"], csv[0]);
        Assert.Equal(byItem.Select(r => r.Select(c => c.Text)), csv);

        // The printed report.
        var pdf = PdfText(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Pdf"));
        Assert.Contains("LAPORAN LAYANAN", pdf, StringComparison.Ordinal);
        Assert.Contains("Desember 2026", pdf, StringComparison.Ordinal);
        Assert.Contains(new Rupiah(receiptsTotal).ToString(), pdf, StringComparison.Ordinal);
        Assert.Contains("Penerimaan menurut jenis tarif", pdf, StringComparison.Ordinal);

        // A print is an issued document: numbered, its QR code's address printed under it, and verifiable.
        var printed = Regex.Match(pdf, "LAP-2026-\\d{5}").Value;
        Assert.NotEmpty(printed);
        Assert.Contains($"Periksa keaslian laporan ini di http://localhost/verifikasi/{printed}", pdf, StringComparison.Ordinal);
        using (var reader = new SiteSession(Factory))
        {
            Assert.Contains("Laporan pelayanan", await TextOfAsync(reader, "/verifikasi/" + printed), StringComparison.Ordinal);
        }

        Assert.NotEqual(printed, Regex.Match(PdfText(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Pdf")), "LAP-2026-\\d{5}").Value);

        // Another month has none of it.
        var november = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-11&handler=Xlsx"));
        Assert.Equal(0m, Sheet(november, "revenue-by-tariff-item")[^1][^1].Number);
        Assert.Equal(0m, Sheet(november, "requests-by-month")[^1][^1].Number);
    }

    [Fact]
    public async Task Zero_tariff_claims_are_counted_by_how_they_were_decided()
    {
        using var granted = await SiteSession.CustomerAsync(Factory, "dosen@example.org", "Dr. Bambang", CustomerSegment.Researcher, "Universitas Diponegoro");
        using var refused = await SiteSession.CustomerAsync(Factory, "siswa@example.org", "Sari", CustomerSegment.Student, "SMA 1 Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var urls = new Dictionary<bool, (string Request, string Staff)>();
        foreach (var (customer, approve) in new[] { (granted, true), (refused, false) })
        {
            var requestUrl = await AddToRequestAsync(customer, "softcopy");
            await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=ZeroTariff", ("category", "DomesticEducation"), ("purpose", "ResearchAndScience")), requestUrl);
            await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Pdf, "surat.pdf", "application/pdf", ("code", "zero-tariff-request-letter")), requestUrl);
            await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
            var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "zero-tariff-request-letter")), staffUrl);
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=ZeroTariff", ("approve", approve ? "true" : "false"), ("reason", "Bukan untuk penelitian")), staffUrl);
            urls[approve] = (requestUrl, staffUrl);
        }

        // The granted one goes on to its receipt, of Rp0: no money, but the value of its items is shown apart.
        var (grantedUrl, grantedStaffUrl) = urls[true];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, grantedStaffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), grantedStaffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, grantedStaffUrl + "?handler=Offer"), grantedStaffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(granted.Client, grantedUrl + "?handler=Act", ("trigger", "AcceptOffer")), grantedUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, grantedStaffUrl + "?handler=Act", ("trigger", "MarkProductReady")), grantedStaffUrl);
        var deskUrl = "/admin/pembayaran/" + grantedUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);

        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        var claims = Sheet(sheets, "requests-zero-tariff");
        Assert.Equal(["Keputusan", "Daring", "Di kantor", "Permintaan"], claims[0].Select(c => c.Text));
        Assert.Equal(["Disetujui", "1", "0", "1"], claims[1].Select(c => c.Text));
        Assert.Equal(["Ditolak", "1", "0", "1"], claims[2].Select(c => c.Text));
        var summary = Sheet(sheets, "Ringkasan");
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Pengajuan tarif nol rupiah disetujui" && r[1].Number == 1);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Pengajuan tarif nol rupiah ditolak" && r[1].Number == 1);
        var zeroTariff = Sheet(sheets, "revenue-zero-tariff");
        Assert.Equal(3, zeroTariff.Count); // header, the receipt, the total
        Assert.Matches("^KW-2026-\\d{5}$", zeroTariff[1][0].Text);
        Assert.True(zeroTariff[1][2].Number > 0);
        Assert.Equal(zeroTariff[1][2].Number, zeroTariff[^1][^1].Number);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Selisih pos tarif dan kuitansi" && r[1].Number == 0);
        Assert.Equal(["Total", "0", "0"], Sheet(sheets, "revenue-by-payment-channel")[^1].Select(c => c.Text));
    }

    [Fact]
    public async Task An_online_request_past_ten_working_days_is_listed_as_overdue()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");

        // One request delivered the day its requirements are complete; another's clock starts on Monday 7 December.
        await ToCompletedAsync(customer, officer, treasurer);
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;

        // Monday 21 December: 10 working days used (8–11, 14–18 and 21 December), on the limit, not past it.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(14));
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor"); // signed in that day: a sign-in lasts 14 days
        var onTheLimit = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        var overdue = Sheet(onTheLimit, "requests-overdue");
        Assert.Single(overdue);
        var dueSoon = Sheet(onTheLimit, "requests-due-soon");
        Assert.Equal([number, "2026-12-07", "10", "Persyaratan lengkap", "petugas@example.org"], dueSoon[1].Select(c => c.Text)); // the officer holds it

        // Tuesday 22 December: 11 working days, listed; the request delivered on time is not.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(15));
        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        overdue = Sheet(sheets, "requests-overdue");
        Assert.Equal(2, overdue.Count);
        Assert.Equal([number, "2026-12-07", "11", "Persyaratan lengkap", "1", "petugas@example.org"], overdue[1].Select(c => c.Text));
        Assert.Single(Sheet(sheets, "requests-due-soon")); // now late, no longer due soon
        var summary = Sheet(sheets, "Ringkasan");
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Permintaan daring yang diserahkan" && r[1].Number == 1);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Diserahkan dalam 10 hari kerja" && r[1].Number == 100m);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Melewati batas waktu" && r[1].Number == 1);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Hari kerja yang digunakan, median" && r[1].Number == 0);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Hari kerja yang digunakan, persentil ke-90" && r[1].Number == 0);
        var byType = Sheet(sheets, "requests-time-by-product-type");
        Assert.Equal(["Publikasi", "1", "100", "0", "0"], byType[1].Select(c => c.Text));
        Assert.Contains(number, await TextOfAsync(supervisor, Report), StringComparison.Ordinal);

        // The overdue request's number opens it for the supervisor, read only: every step stays the officer's.
        Assert.Contains($"<a href=\"{staffUrl}\">{number}</a>", await TextOfAsync(supervisor, Report), StringComparison.Ordinal);
        var asRead = await TextOfAsync(supervisor, staffUrl);
        Assert.Contains("id=\"read-only\"", asRead, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"act-", asRead, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(supervisor.Client, staffUrl + "?handler=Offer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await supervisor.StatusOfAsync("/admin/permintaan"));
        using var officerToday = await SiteSession.StaffAsync(Factory, "petugas.kedua@example.org", "Officer"); // the first one's sign-in has lapsed
        var asServed = await TextOfAsync(officerToday, staffUrl);
        Assert.DoesNotContain("id=\"read-only\"", asServed, StringComparison.Ordinal);
        Assert.Contains("id=\"act-IssueOffer\"", asServed, StringComparison.Ordinal);

        // Read for November, before its clock started, it is not there.
        Assert.Single(Sheet(ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-11&handler=Xlsx")), "requests-overdue"));
    }

    [Fact]
    public async Task Christmas_inside_the_period_does_not_count_against_the_ten_working_days()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;

        // The clock starts on Monday 14 December. Its working days: 15–18, 21–23, then 28–31 December, for
        // 24 December (cuti bersama) and 25 December (Natal) are not working days in the recipe's calendar.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(7));
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);

        // Wednesday 30 December: the 10th working day, on the limit (it would be the 12th without the holidays).
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(23));
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        Assert.Single(Sheet(sheets, "requests-overdue"));
        Assert.Equal([number, "2026-12-14", "10"], Sheet(sheets, "requests-due-soon")[1].Take(3).Select(c => c.Text));

        // Thursday 31 December: the 11th, one day late.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(24));
        sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        Assert.Equal([number, "2026-12-14", "11", "Persyaratan lengkap", "1"], Sheet(sheets, "requests-overdue")[1].Take(5).Select(c => c.Text));
    }

    [Fact]
    public async Task Days_waiting_for_the_customer_do_not_count_against_the_ten_working_days()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];

        // Monday 7 December the clock starts; Tuesday 8 the officer sends the offer (1 working day used) and the
        // clock waits for the customer, who accepts on Monday 14: 9, 10, 11 and 14 December are not the office's.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(1));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(7));
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);

        // Monday 28 December: 1 + 15–18, 21–23 and 28 December = 9 working days, due soon; counted straight
        // through it would be 13, overdue.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(21));
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        Assert.Single(Sheet(sheets, "requests-overdue"));
        Assert.Equal([number, "2026-12-07", "9", "Produk disiapkan"], Sheet(sheets, "requests-due-soon")[1].Take(4).Select(c => c.Text));
    }

    [Fact]
    public async Task Walk_in_waits_and_complaint_limits_are_judged_against_the_standard()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        using var first = new SiteSession(Factory);
        using var second = new SiteSession(Factory);
        const string console = "/admin/antrian?loket=loket-1";

        // Monday 7 December, 09.00: two visitors take a number. The first is called after 5 minutes and served;
        // the second is called after 16 minutes, past the 10-minute standard.
        var firstTicket = (await Forms.PostAsync(first.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString.Split('/')[^1];
        await Forms.PostAsync(second.Client, "/antrian", ("service", "penjualan"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, console + "&handler=Call"), console);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, console + "&handler=Start", ("ticket", firstTicket)), console);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, console + "&handler=Finish", ("ticket", firstTicket)), console);
        Factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, console + "&handler=Call"), console);

        // Two complaints the same morning: one answered that day and closed on Friday, the other never answered.
        var answered = await ComplaintStaffUrlAsync(first, officer, "Antrean terlalu lama.");
        await ComplaintStaffUrlAsync(second, officer, "Petugas tidak ramah.");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, answered + "?handler=Assign"), answered);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, answered + "?handler=Reply", ("message", "Mohon maaf, kami perbaiki.")), answered);

        // Friday 11 December: the first response of the second (due Thursday 10) is late; its closing (due Monday
        // 14) is still running, so it counts as neither in time nor late.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(4));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, answered + "?handler=Close", ("outcome", "Resolved"), ("message", "Sudah kami perbaiki.")), answered);

        var sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        var counters = Sheet(sheets, "walk-in-by-counter");
        Assert.Equal(["Loket", "Dipanggil", "Dalam 10 menit", "Persentase dalam 10 menit"], counters[0].Take(4).Select(c => c.Text));
        Assert.Equal("Loket 1", counters[1][0].Text);
        Assert.Equal([2m, 1m, 50m], counters[1].Skip(1).Take(3).Select(c => c.Number));
        Assert.Equal([5m, 11m], counters[1].Skip(4).Take(2).Select(c => c.Number)); // median and 90th percentile of the waits: 5, and 11 after the first was called
        var byService = Sheet(sheets, "walk-in-by-service");
        Assert.Equal(3, byService.Count); // header, the one service both tickets took, the total
        Assert.Equal([2m, 1m, 50m, 5m, 11m], byService.Single(r => r[0].Text.StartsWith("Penjualan", StringComparison.Ordinal)).Skip(1).Select(c => c.Number));
        Assert.Contains(Sheet(sheets, "Ringkasan"), r => r.Count == 2 && r[0].Text == "Persentil ke-90 waktu tunggu (menit)" && r[1].Number == 11m);
        var hours = Sheet(sheets, "walk-in-by-hour");
        Assert.Equal("09.00–10.00", hours[1][0].Text);
        Assert.Equal(2m, hours[1][1].Number);

        var channels = Sheet(sheets, "complaints-by-channel");
        Assert.Equal(["Saluran", "Diterima", "Ditutup", "Tanggapan pertama tepat waktu", "Tanggapan pertama terlambat", "Selesai tepat waktu", "Selesai terlambat atau lewat batas"], channels[0].Select(c => c.Text));
        Assert.Equal("Situs web ini", channels[1][0].Text);
        Assert.Equal([2m, 1m, 1m, 1m, 1m, 0m], channels[1].Skip(1).Select(c => c.Number));
        var summary = Sheet(sheets, "Ringkasan");
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Dipanggil dalam 10 menit" && r[1].Number == 50m);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Tanggapan pertama tepat waktu" && r[1].Number == 50m);
        Assert.Contains(summary, r => r.Count == 2 && r[0].Text == "Selesai tepat waktu" && r[1].Number == 100m);
        Assert.Equal(["Sikap petugas", "2"], Sheet(sheets, "complaints-by-category")[1].Take(2).Select(c => c.Text));
        Assert.Single(Sheet(sheets, "complaints-open-past-limit")); // its closing day has not passed yet

        // Wednesday 16 December: the unanswered one is two working days past its closing day (Monday 14), and listed.
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning.AddDays(9));
        sheets = ReportFiles.ReadXlsx(await BytesAsync(supervisor, "/admin/laporan?periode=2026-12&handler=Xlsx"));
        var open = Sheet(sheets, "complaints-open-past-limit");
        Assert.Equal(2, open.Count);
        Assert.Equal(["2026-12-07", "2026-12-14", "2"], new[] { open[1][1], open[1][3], open[1][4] }.Select(c => c.Text));
        Assert.Contains(Sheet(sheets, "Ringkasan"), r => r.Count == 2 && r[0].Text == "Masih terbuka melewati batas waktu" && r[1].Number == 1);
        Assert.Matches("href=\"/admin/pengaduan/[0-9a-f-]{36}\">", await TextOfAsync(supervisor, Report));
    }

    /// <summary>A visitor complains on the site; the officer's address of the complaint, found in the list.</summary>
    private static async Task<string> ComplaintStaffUrlAsync(SiteSession visitor, SiteSession officer, string description)
    {
        var sent = await Forms.PostAsync(visitor.Client, ComplaintAddresses.New, ("Input.Category", "OfficerConduct"), ("Input.Description", description));
        var number = Regex.Match(sent.Headers.Location!.OriginalString, "PGD-\\d{4}-\\d{5}").Value;
        return Regex.Match(await TextOfAsync(officer, ComplaintAddresses.StaffList), "href=\"(/admin/pengaduan/[0-9a-f-]{36})\">" + number).Groups[1].Value;
    }

    [Fact]
    public async Task Only_those_who_may_see_the_reports_reach_them_and_bad_addresses_are_answered_clearly()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        using var administrator = await SiteSession.StaffAsync(Factory, "admin@example.org", "Administrator");
        using var anonymous = new SiteSession(Factory);

        Assert.Equal(HttpStatusCode.Forbidden, await officer.StatusOfAsync(Report));
        Assert.Equal(HttpStatusCode.Forbidden, await treasurer.StatusOfAsync(Report + "&handler=Xlsx"));
        Assert.Equal(HttpStatusCode.Redirect, await anonymous.StatusOfAsync(Report + "&handler=Pdf"));
        Assert.Equal(HttpStatusCode.OK, await administrator.StatusOfAsync(Report));
        Assert.Contains("href=\"/admin/laporan\"", await TextOfAsync(supervisor, "/admin"), StringComparison.Ordinal);

        // A period that cannot be reported on: status 400 with the reason, on the page and for a download, never an
        // empty file; the page keeps its period pickers and shows no report.
        var (status, page) = await StatusAndTextAsync(supervisor, "/admin/laporan?periode=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("id=\"period-error\">\"2026-13\" bukan periode. Pilih dari daftar, atau isi hari pertama dan hari terakhir.<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"report-period\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"dari\"", page, StringComparison.Ordinal);
        (status, page) = await StatusAndTextAsync(supervisor, "/admin/laporan?dari=2026-12-10&sampai=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Hari pertama jatuh setelah hari terakhir.", page, StringComparison.Ordinal);
        (status, page) = await StatusAndTextAsync(supervisor, "/admin/laporan?periode=1999&handler=Xlsx");
        Assert.Equal((HttpStatusCode.BadRequest, "Kantor tidak menyimpan catatan sebelum tahun 2000."), (status, page));
        (status, page) = await StatusAndTextAsync(supervisor, "/admin/laporan?periode=2030&handler=Pdf");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("terlalu jauh ke depan", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await supervisor.StatusOfAsync("/admin/laporan?periode=2026-12&handler=Csv&tabel=users"));

        // A range of days chosen by its first and last day: named by its days, and downloadable under its own key.
        page = await TextOfAsync(supervisor, "/admin/laporan?dari=2026-11-20&sampai=2026-12-06");
        Assert.Contains("id=\"report-period\">20 November 2026 – 6 Desember 2026<", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11-20\"", page, StringComparison.Ordinal);
        Assert.Contains("periode=2026-11-20..2026-12-06", page, StringComparison.Ordinal);
        Assert.NotEmpty(await BytesAsync(supervisor, "/admin/laporan?periode=2026-11-20..2026-12-06&handler=Xlsx"));

        // In English too.
        using var inEnglish = new HttpRequestMessage(HttpMethod.Get, "/admin/laporan?periode=2026-Q4");
        inEnglish.Headers.AcceptLanguage.ParseAdd("en");
        var english = WebUtility.HtmlDecode(await (await supervisor.Client.SendAsync(inEnglish)).Content.ReadAsStringAsync());
        Assert.Contains("id=\"report-period\">Quarter IV 2026<", english, StringComparison.Ordinal);
        Assert.Contains("Revenue by tariff item", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_table_is_shown_a_page_at_a_time_while_the_downloads_keep_every_row()
    {
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");

        // Sixty receipts issued in December, a minute apart: more than one screen's fifty rows.
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            var first = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
            for (var i = 1; i <= 60; i++)
            {
                db.Add(new Receipt($"KW-2026-{i:D5}", Guid.NewGuid(), 1_000L * i, first.AddMinutes(i), "bendahara"));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        const string total = "Rp1.830.000,00"; // 1,000 × (1 + 2 + … + 60), the whole table's on every page
        var page = await TextOfAsync(supervisor, Report);
        var shown = ReceiptsIn(page);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"KW-2026-{i:D5}"), shown);
        Assert.Contains("Baris 1–50 dari 60; CSV dan XLSX memuat semua baris.", page, StringComparison.Ordinal);
        Assert.Contains(total, Table(page), StringComparison.Ordinal);

        // The next page: the last ten rows, the same total, and the period kept in the link.
        var next = Regex.Match(page, "<a class=\"page-link\" href=\"([^\"]+)\">Berikutnya</a>").Groups[1].Value;
        Assert.Equal("/admin/laporan?periode=2026-12&halaman-revenue-receipts=2#table-revenue-receipts", next);
        page = await TextOfAsync(supervisor, next);
        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"KW-2026-{i:D5}"), ReceiptsIn(page));
        Assert.Contains("Baris 51–60 dari 60", page, StringComparison.Ordinal);
        Assert.Contains(total, Table(page), StringComparison.Ordinal);
        Assert.Contains("<span class=\"page-link\">Berikutnya</span>", page, StringComparison.Ordinal);

        // A page past the last shows the last; the downloads hold all sixty.
        Assert.Equal(10, ReceiptsIn(await TextOfAsync(supervisor, Report + "&halaman-revenue-receipts=9")).Count);
        var csv = ReportFiles.ReadCsv(await BytesAsync(supervisor, Report + "&handler=Csv&tabel=revenue-receipts"));
        Assert.Equal(60, csv.Count(r => r[0].StartsWith("KW-2026-", StringComparison.Ordinal)));
        var sheet = Sheet(ReportFiles.ReadXlsx(await BytesAsync(supervisor, Report + "&handler=Xlsx")), "revenue-receipts");
        Assert.Equal(60, sheet.Count(r => r[0].Text.StartsWith("KW-2026-", StringComparison.Ordinal)));

        static string Table(string page) => Regex.Match(page, "<table class=\"table table-sm\" id=\"table-revenue-receipts\">.*?</table>", RegexOptions.Singleline).Value;

        static List<string> ReceiptsIn(string page) =>
            Regex.Matches(Table(page), "<th scope=\"row\" class=\"fw-normal\">(KW-2026-\\d{5})</th>").Select(m => m.Groups[1].Value).ToList();
    }

    private static IReadOnlyList<IReadOnlyList<SheetCell>> Sheet(IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)> sheets, string name) =>
        sheets.Single(s => s.Name == name).Rows;

    private static async Task<(HttpStatusCode Status, string Text)> StatusAndTextAsync(SiteSession session, string url)
    {
        using var response = await session.Client.GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<byte[]> BytesAsync(SiteSession session, string url)
    {
        using var response = await session.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

public sealed class SqliteServiceReportTests : ServiceReportTests<SqliteAppFactory>;

public sealed class PostgreSqlServiceReportTests : ServiceReportTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
