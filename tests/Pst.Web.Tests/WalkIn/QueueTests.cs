using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.WalkIn;

/// <summary>A visitor takes a number at the kiosk and follows it; the counter calls, serves and finishes it.</summary>
public abstract partial class QueueTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task A_visitor_takes_a_number_and_the_counter_calls_serves_and_finishes_it()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "loket@example.org", "FrontOffice");

        var kiosk = await TextOfAsync(visitor, "/antrian");
        Assert.Contains("Penjualan produk statistik", kiosk, StringComparison.Ordinal);
        var first = await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan")));
        var second = await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var firstUrl = first.Headers.Location!.OriginalString;
        var secondUrl = second.Headers.Location!.OriginalString;

        var ticket = await TextOfAsync(visitor, secondUrl);
        Assert.Contains("id=\"ticket-number\">A002<", ticket, StringComparison.Ordinal);
        Assert.Contains("1 orang sebelum Anda.", ticket, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", ticket, StringComparison.Ordinal);

        // Printed on the kiosk's 80 mm receipt printer.
        var slip = await visitor.Client.GetByteArrayAsync(secondUrl + "?handler=Pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(slip))
        {
            var page = pdf.GetPage(1);
            Assert.InRange(page.Width, 226, 228); // 80 mm is 226.8 points; the PDF holds whole points
            var words = string.Join(" ", page.GetWords().Select(w => w.Text));
            foreach (var expected in new[] { "NOMOR ANTRIAN", "A002", "Penjualan produk statistik", "1 orang sebelum Anda", "WIB" })
            {
                Assert.Contains(expected, words, StringComparison.Ordinal);
            }
        }

        // Loket 1 calls the oldest waiting ticket: A001.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        var console = await TextOfAsync(officer, "/admin/antrian?loket=loket-1");
        Assert.Contains(">A001<", console, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"desk-request\"", console, StringComparison.Ordinal); // the front office makes no requests
        Assert.Contains("Silakan menuju Loket 1.", await TextOfAsync(visitor, firstUrl + "?handler=Status"), StringComparison.Ordinal);
        Assert.Contains("Anda berikutnya.", await TextOfAsync(visitor, secondUrl), StringComparison.Ordinal);

        // Loket 2 does not serve sales: it finds nobody waiting for its services.
        Assert.Contains("Tidak ada yang menunggu.", await TextOfAsync(await Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-2&handler=Call")), StringComparison.Ordinal);

        var id = TicketIdIn(console);
        Assert.Contains("tidak dapat diproses", await TextOfAsync(await Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Finish", ("ticket", id))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Start", ("ticket", id)), "/admin/antrian?loket=loket-1");
        Assert.Contains("Anda sedang dilayani di Loket 1.", await TextOfAsync(visitor, firstUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Finish", ("ticket", id)), "/admin/antrian?loket=loket-1");
        Assert.Contains("Terima kasih atas kunjungan Anda.", await TextOfAsync(visitor, firstUrl), StringComparison.Ordinal);
        Assert.Contains("id=\"call-next\"", await TextOfAsync(officer, "/admin/antrian?loket=loket-1"), StringComparison.Ordinal);

        // The supervisor's report of the day: A001 was called at once, within the standard; the CSV has it.
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");
        var report = await TextOfAsync(supervisor, "/admin/antrian/laporan");
        Assert.Contains("id=\"tickets\">2<", report, StringComparison.Ordinal);
        Assert.Contains("Saat ini: 1 menunggu", report, StringComparison.Ordinal);
        Assert.Matches("id=\"share\">100\\s?%<", report);
        var csv = await supervisor.Client.GetStringAsync("/admin/antrian/laporan?handler=Csv");
        Assert.StartsWith("number,service,counter,issued,called,wait_from,wait_minutes,within_10_minutes", csv, StringComparison.Ordinal);
        Assert.Contains("A001,penjualan,loket-1,", csv, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await officer.StatusOfAsync("/admin/antrian/laporan"));

        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync("/antrian/tiket/" + Guid.NewGuid()));
        Assert.NotEqual(HttpStatusCode.OK, await visitor.StatusOfAsync("/admin/antrian"));
    }

    [Fact]
    public async Task A_priority_visitor_is_called_first_and_a_visitor_sent_to_another_counter_is_called_there_alone()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "loket@example.org", "FrontOffice");
        var kiosk = await TextOfAsync(visitor, "/antrian");
        Assert.Contains("Buka pada hari kerja pukul 08.00–15.30 WIB.", kiosk, StringComparison.Ordinal);
        await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan")));
        var elderly = await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan"), ("priority", "true")));
        Assert.Contains("id=\"ticket-priority\"", await TextOfAsync(visitor, elderly.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains("LAYANAN PRIORITAS", PdfText(await visitor.Client.GetByteArrayAsync(elderly.Headers.Location!.OriginalString + "?handler=Pdf")), StringComparison.Ordinal);

        // A002 asked for priority service: Loket 1 calls it before A001.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        var console = await TextOfAsync(officer, "/admin/antrian?loket=loket-1");
        Assert.Contains("id=\"active-number\">A002<", console, StringComparison.Ordinal);
        Assert.Contains("id=\"active-priority\"", console, StringComparison.Ordinal);

        // Loket 1 sends A002 to Loket 2, which does not serve sales: only Loket 2 calls it now.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Transfer", ("ticket", TicketIdIn(console)), ("to", "counter:loket-2")), "/admin/antrian?loket=loket-1");
        Assert.Contains("Dialihkan ke loket ini", await TextOfAsync(officer, "/admin/antrian?loket=loket-2"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        var next = await TextOfAsync(officer, "/admin/antrian?loket=loket-1");
        Assert.Contains(">A001<", next, StringComparison.Ordinal);
        Assert.Contains("Layanan atau loket itu tidak ada.", await TextOfAsync(await Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Transfer", ("ticket", TicketIdIn(next)), ("to", "counter:loket-9"))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-2&handler=Call"), "/admin/antrian?loket=loket-2");
        Assert.Contains("id=\"active-number\">A002<", await TextOfAsync(officer, "/admin/antrian?loket=loket-2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kiosk_gives_no_number_outside_the_opening_hours_of_a_working_day()
    {
        using var visitor = new SiteSession(Factory);
        var kiosk = await TextOfAsync(visitor, "/antrian");
        Factory.Clock.MoveTo(new DateTimeOffset(2026, 12, 7, 15, 30, 0, TimeSpan.FromHours(7))); // closing time
        var refused = await TextOfAsync(await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan"))));
        Assert.Contains("Layanan sedang tutup. Nomor antrian diberikan pada hari kerja pukul 08.00–15.30 WIB.", refused, StringComparison.Ordinal);
        Factory.Clock.MoveTo(new DateTimeOffset(2026, 12, 25, 10, 0, 0, TimeSpan.FromHours(7))); // Christmas, a holiday
        Assert.Contains("id=\"closed\"", await TextOfAsync(visitor, "/antrian"), StringComparison.Ordinal);
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "penjualan")))).StatusCode);
    }

    [Fact]
    public async Task A_display_board_hears_a_call_within_a_second_and_shows_the_calls_of_the_day()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "loket@example.org", "FrontOffice");
        var kiosk = await TextOfAsync(visitor, "/antrian");
        await visitor.Client.SendAsync(Post("/antrian", kiosk, ("service", "konsultasi")));

        await using var board = new HubConnectionBuilder()
            .WithUrl(new Uri(Factory.Server.BaseAddress, "/hubs/antrian"), o =>
            {
                o.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var heard = new TaskCompletionSource<Pst.WalkIn.Display.CallAnnouncement>(TaskCreationOptions.RunContinuationsAsynchronously);
        board.On<Pst.WalkIn.Display.CallAnnouncement>("called", call => heard.TrySetResult(call));
        await board.StartAsync();

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-2&handler=Call"), "/admin/antrian?loket=loket-2");
        var call = await heard.Task.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(("B001", "Loket 2", "Konsultasi statistik"), (call.Number, call.CounterName, call.ServiceName));

        var page = await TextOfAsync(visitor, "/antrian/layar");
        Assert.Contains("id=\"now-number\">B001<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"now-counter\">Loket 2<", page, StringComparison.Ordinal);
        Assert.Contains("/_content/Pst.WalkIn/lib/signalr/signalr.min.js", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await visitor.StatusOfAsync("/_content/Pst.WalkIn/js/board.js"));
    }

    private static HttpRequestMessage Post(string url, string page, params (string Name, string Value)[] fields)
    {
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))),
        };
    }

    private static string TicketIdIn(string console) =>
        TicketId().Match(console).Groups[1].Value is { Length: > 0 } id ? id : throw new InvalidOperationException("The console shows no ticket.");

    [GeneratedRegex("name=\"ticket\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex TicketId();
}

public sealed class SqliteQueueTests : QueueTests<SqliteAppFactory>;

public sealed class PostgreSqlQueueTests : QueueTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
