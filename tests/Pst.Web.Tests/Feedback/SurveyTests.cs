using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Feedback;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Feedback.Survey;
using Pst.Tests.Shared;
using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Feedback.SurveySteps;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Feedback;

/// <summary>
/// The satisfaction survey through the real site: it closes an online request once the product is accepted and a
/// walk-in visit once served, takes one answer per request or visit, refuses an incomplete one without saving, and
/// makes the index the public page and the supervisor read.
/// </summary>
public abstract class SurveyTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task A_customer_answers_the_survey_of_a_request_once_after_accepting_the_product()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var (requestUrl, staffUrl) = await ToAwaitingPaymentAsync(customer, officer);
        var requestId = Guid.Parse(requestUrl.Split('/')[^1]);
        var surveyUrl = SurveySubjectKinds.AddressOf(SurveySubjectKinds.Request, requestId);

        // Not before the product is accepted: the page says so and an answer posted anyway is refused.
        Assert.Contains("Anda dapat mengisi survei setelah memeriksa dan menerima produk Anda.", await TextOfAsync(customer, surveyUrl), StringComparison.Ordinal);
        Assert.DoesNotContain(surveyUrl, await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);

        var deskUrl = await PayByBillingCodeAsync(customer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptProduct")), requestUrl);

        // The request page leads to the survey; nine questions, each with its own four answers.
        Assert.Contains($"href=\"{surveyUrl}\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        var form = await TextOfAsync(customer, surveyUrl);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Matches(form, "<fieldset").Count);
        Assert.Contains("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif pelayanan?", form, StringComparison.Ordinal);
        Assert.Contains("4 · Gratis", form, StringComparison.Ordinal);
        Assert.Contains("2 · Ada tetapi tidak berfungsi", form, StringComparison.Ordinal);

        // Two questions left out: refused with their codes, the given answers kept, nothing saved.
        var incomplete = await TextOfAsync(await AnswerAsync(customer, surveyUrl, "4 443444 ", "Cepat dan jelas"));
        Assert.Contains("Jawab semua pertanyaan: U2, U9 belum dijawab.", incomplete, StringComparison.Ordinal);
        Assert.Contains("id=\"missing-2\"", incomplete, StringComparison.Ordinal);
        Assert.Matches("id=\"u1-4\" value=\"4\" checked=\"checked\"", incomplete);
        Assert.Contains("Cepat dan jelas</textarea>", incomplete, StringComparison.Ordinal);
        Assert.Contains("Jawab semua pertanyaan: U3 belum dijawab.", await TextOfAsync(await AnswerAsync(customer, surveyUrl, "445434443")), StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync());

        using (var before = new SiteSession(Factory))
        {
            // Before anyone answers, the home page and the service standard say so (and are cached for visitors).
            Assert.Contains("id=\"satisfaction-none\"", await TextOfAsync(before, "/"), StringComparison.Ordinal);
            Assert.Contains("id=\"satisfaction-none\"", await TextOfAsync(before, "/halaman/standar-pelayanan"), StringComparison.Ordinal);
        }

        // Answered: the request is rated; a second answer, from a tab opened before, is refused; still one response.
        var secondTab = await OpenFormAsync(customer, surveyUrl);
        await ExpectRedirectAsync(AnswerAsync(customer, surveyUrl, "434434443", "Cepat dan jelas"), surveyUrl);
        var thanks = await TextOfAsync(customer, surveyUrl);
        Assert.Contains("id=\"answered\"", thanks, StringComparison.Ordinal);

        // A complaint can follow, about this request.
        var complainUrl = System.Text.RegularExpressions.Regex.Match(thanks, "href=\"(/pengaduan/baru\\?perihal=[^\"]+)\" id=\"complain\"").Groups[1].Value;
        var number = System.Text.RegularExpressions.Regex.Match(thanks, "PST-\\d{4}-\\d{5}").Value;
        Assert.Contains($"value=\"{number}\"", await TextOfAsync(customer, complainUrl), StringComparison.Ordinal);
        var rated = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Anda telah mengisi survei kepuasan. Terima kasih!", rated, StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Dinilai<", rated, StringComparison.Ordinal);
        Assert.Contains("Survei ini sudah diisi. Terima kasih!", await TextOfAsync(await PostOpenFormAsync(customer, surveyUrl, secondTab, "111111111")), StringComparison.Ordinal);
        Assert.Equal(1, await ResponsesAsync());

        // Another customer, and a visitor not signed in, find no such survey.
        using (var other = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Joko", CustomerSegment.Individual))
        {
            Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync(surveyUrl));
        }

        using (var anonymous = new SiteSession(Factory))
        {
            Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync(surveyUrl));
            Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusOfAsync(SurveySubjectKinds.AddressOf("pesanan", requestId)));

            // The public index: one respondent, 4+3+4+4+3+4+4+4+3 = 33 points: 25 × 33 ÷ 9 = 91,67 (A).
            var published = await TextOfAsync(anonymous, "/ikm");
            Assert.Contains("id=\"index-value\">91,67<", published, StringComparison.Ordinal);
            Assert.Contains("id=\"index-grade\">A<", published, StringComparison.Ordinal);
            Assert.Contains("Sangat baik", published, StringComparison.Ordinal);

            // The home page and the service standard quote it from the survey (their cached copies were emptied).
            foreach (var page in new[] { "/", "/halaman/standar-pelayanan" })
            {
                var quoted = await TextOfAsync(anonymous, page);
                Assert.Contains("id=\"satisfaction-value\">91,67<", quoted, StringComparison.Ordinal);
                Assert.Contains("id=\"satisfaction-grade\">A · Sangat baik<", quoted, StringComparison.Ordinal);
                Assert.Contains("href=\"/pengaduan/baru\"", quoted, StringComparison.Ordinal);
            }
        }

        // The supervisor reads it with the comment, the channel and the product type.
        var month = ReportPeriod.Containing(PeriodKind.Month, OfficeTime.DateOf(Factory.Clock.GetUtcNow()));
        var staffIndex = await TextOfAsync(supervisor, "/admin/ikm?periode=" + month.Key);
        Assert.Contains("id=\"index-value\">91,67<", staffIndex, StringComparison.Ordinal);
        Assert.Contains("Cepat dan jelas", staffIndex, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Daring</th>", staffIndex, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Publikasi</th>", staffIndex, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sample-warning\"", staffIndex, StringComparison.Ordinal);

        // The supervisor's report gives the same index per product type and per channel (one computation); an
        // online answer names no counter.
        var workbook = ReportFiles.ReadXlsx(await supervisor.Client.GetByteArrayAsync($"/admin/laporan?periode={month.Key}&handler=Xlsx", TestContext.Current.CancellationToken));
        var byType = workbook.Single(w => w.Name == "satisfaction-by-product-type").Rows;
        Assert.Equal(("Publikasi", 91.67m), (byType[1][0].Text, byType[1][2].Number));
        Assert.Equal(("Daring", 91.67m), (workbook.Single(w => w.Name == "satisfaction-by-channel").Rows[1][0].Text, workbook.Single(w => w.Name == "satisfaction-by-channel").Rows[1][2].Number));
        Assert.Single(workbook.Single(w => w.Name == "satisfaction-by-counter").Rows);
        Assert.NotEqual(HttpStatusCode.OK, await customer.StatusOfAsync("/admin/ikm"));
        Assert.NotEqual(HttpStatusCode.OK, await officer.StatusOfAsync("/admin/ikm"));
    }

    [Fact]
    public async Task A_visit_without_a_request_is_answered_on_the_tablet_once_served_and_once_only()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var ticketUrl = (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString;
        var ticketId = ticketUrl.Split('/')[^1];
        var surveyUrl = SurveySubjectKinds.AddressOf(SurveySubjectKinds.Ticket, Guid.Parse(ticketId));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Start", ("ticket", ticketId)), "/admin/antrian?loket=loket-1");

        Assert.Contains("Anda dapat mengisi survei setelah dilayani di loket.", await TextOfAsync(visitor, surveyUrl), StringComparison.Ordinal);
        Assert.DoesNotContain(surveyUrl, await TextOfAsync(visitor, ticketUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Finish", ("ticket", ticketId)), "/admin/antrian?loket=loket-1");

        Assert.Contains($"href=\"{surveyUrl}\"", await TextOfAsync(visitor, ticketUrl), StringComparison.Ordinal);
        var phone = await OpenFormAsync(visitor, surveyUrl);
        await ExpectRedirectAsync(AnswerAsync(visitor, surveyUrl, "333333334", "Ruang tunggu nyaman"), surveyUrl);
        Assert.Contains("Survei ini sudah diisi. Terima kasih!", await TextOfAsync(await PostOpenFormAsync(visitor, surveyUrl, phone, "444444444")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync(SurveySubjectKinds.AddressOf(SurveySubjectKinds.Ticket, Guid.NewGuid())));

        using var scope = Factory.Services.CreateScope();
        var response = await scope.ServiceProvider.GetRequiredService<PstDbContext>().Set<SurveyResponse>().SingleAsync();
        Assert.Equal(SalesChannel.WalkIn, response.Channel);
        Assert.Equal("Loket 1", response.Counter);
        Assert.Null(response.RequestId);
        Assert.Equal("333333334", response.Scores.ToString());
        Assert.Equal("Ruang tunggu nyaman", response.Comment);
    }

    [Fact]
    public async Task The_supervisor_reads_the_index_by_channel_product_type_and_counter_with_the_sample_warning()
    {
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var now = Factory.Clock.GetUtcNow();
        var month = ReportPeriod.Containing(PeriodKind.Month, OfficeTime.DateOf(now));
        using (var scope = Factory.Services.CreateScope())
        {
            // The four respondents worked by hand in SatisfactionIndexTests (86,11, B), two online and two at the
            // desk; one more last month; and ten visitors served this month, so the sample is short.
            var db = scope.ServiceProvider.GetRequiredService<PstDbContext>();
            db.AddRange(
                Response("PST-2026-00001", SalesChannel.Online, null, ["publication"], "444444444", now, "Sangat membantu"),
                Response("PST-2026-00002", SalesChannel.Online, null, ["microdata"], "333333333", now, null),
                Response("A001", SalesChannel.WalkIn, "Loket 1", ["publication"], "434343434", now, null),
                Response("A002", SalesChannel.WalkIn, "Loket 2", [], "233434433", now, "Antrian agak lama"),
                Response("A003", SalesChannel.WalkIn, "Loket 1", [], "111111111", month.StartsAt.AddDays(-2), null));
            for (var i = 0; i < 10; i++)
            {
                var ticket = new Pst.WalkIn.Queue.QueueTicket(Guid.NewGuid(), "penjualan", "A", OfficeTime.DateOf(now), 100 + i, now.AddMinutes(-30));
                ticket.Call("loket-1", now.AddMinutes(-20));
                ticket.Start(now.AddMinutes(-19));
                ticket.Finish(now.AddMinutes(-10));
                db.Add(ticket);
            }

            await db.SaveChangesAsync();
        }

        var page = await TextOfAsync(supervisor, "/admin/ikm?periode=" + month.Key);
        Assert.Contains("id=\"index-value\">86,11<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"index-grade\">B<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"index-performance\">Baik<", page, StringComparison.Ordinal);
        Assert.Contains("4 responden dari 10 pengguna layanan yang dilayani; periode ini memerlukan sekurang-kurangnya 10", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sample-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("U7 Perilaku pelaksana</th><td class=\"text-end\">3,7500</td><td class=\"text-end\">0,4167</td><td class=\"text-end\">93,75</td><td class=\"text-center\">A</td>", page, StringComparison.Ordinal);
        Assert.Contains("3,4444</td><td class=\"text-end fw-bold\">86,11</td>", page, StringComparison.Ordinal);

        // By channel: online 63 points of 2 → 87,50; walk-in 61 → 84,72. By type: publication 68 → 94,44,
        // microdata 27 → 75,00 (C). By counter: Loket 1 32 → 88,89 (A), Loket 2 29 → 80,56.
        Assert.Contains(Row("Daring", 2, "87,50", 'B'), page, StringComparison.Ordinal);
        Assert.Contains(Row("Kunjungan langsung", 2, "84,72", 'B'), page, StringComparison.Ordinal);
        Assert.Contains(Row("Publikasi", 2, "94,44", 'A'), page, StringComparison.Ordinal);
        Assert.Contains(Row("Data mikro", 1, "75,00", 'C'), page, StringComparison.Ordinal);
        Assert.Contains(Row("Loket 1", 1, "88,89", 'A'), page, StringComparison.Ordinal);
        Assert.Contains(Row("Loket 2", 1, "80,56", 'B'), page, StringComparison.Ordinal);
        Assert.Contains("Sangat membantu", page, StringComparison.Ordinal);
        Assert.Contains("Antrian agak lama", page, StringComparison.Ordinal);

        // The trend: last month's one respondent at 25,00 beside this month's 86,11.
        Assert.Contains(">25,00</text>", page, StringComparison.Ordinal);
        Assert.Contains(">86,11</text>", page, StringComparison.Ordinal);

        // Last month alone; a year counts both months.
        Assert.Contains("id=\"index-value\">25,00<", await TextOfAsync(supervisor, "/admin/ikm?periode=" + month.Previous.Key), StringComparison.Ordinal);
        // 124 + 9 points of 5 respondents: 25 × 133 ÷ 45 = 73,89 (C). (The tests' office morning is in December.)
        var year = ReportPeriod.Containing(PeriodKind.Year, OfficeTime.DateOf(now));
        Assert.Contains("id=\"index-value\">73,89<", await TextOfAsync(supervisor, "/admin/ikm?periode=" + year.Key), StringComparison.Ordinal);

        // A period that is no period shows this month.
        Assert.Contains("id=\"index-value\">86,11<", await TextOfAsync(supervisor, "/admin/ikm?periode=2026-13"), StringComparison.Ordinal);

        // The public page's trend table has both months.
        using var anonymous = new SiteSession(Factory);
        var published = await TextOfAsync(anonymous, "/ikm?periode=" + month.Key);
        Assert.Contains("id=\"index-value\">86,11<", published, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-end\">25,00</td><td class=\"text-center\">D</td><td class=\"text-end\">1</td>", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Antrian agak lama", published, StringComparison.Ordinal);
    }

    private static string Row(string name, int respondents, string index, char grade) =>
        $"<tr><th scope=\"row\">{name}</th><td class=\"text-end\">{respondents}</td><td class=\"text-end\">{index}</td><td class=\"text-center\">{grade}</td></tr>";

    private static SurveyResponse Response(string subject, SalesChannel channel, string? counter, string[] types, string scores, DateTimeOffset at, string? comment) =>
        new(Guid.NewGuid(), channel == SalesChannel.Online ? SurveySubjectKinds.Request : SurveySubjectKinds.Ticket, subject, channel,
            channel == SalesChannel.Online ? Guid.NewGuid() : null, channel == SalesChannel.WalkIn ? Guid.NewGuid() : null, counter, types, SurveyScores.Parse(scores), comment, at);

    private async Task<int> ResponsesAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PstDbContext>().Set<SurveyResponse>().CountAsync();
    }
}

public sealed class SqliteSurveyTests : SurveyTests<SqliteAppFactory>;

public sealed class PostgreSqlSurveyTests : SurveyTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
