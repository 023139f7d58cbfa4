using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Reminders;
using Pst.Feedback.Complaints;
using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Feedback;

/// <summary>
/// Complaints through the real site: an anonymous complaint with a file, followed by its number and its secret
/// link; the officer takes it on, notes, replies and closes; the complainant reads the replies and never the notes;
/// complaints from other channels recorded by staff; reminders before a limit passes, each sent once.
/// </summary>
public abstract class ComplaintTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task An_anonymous_complaint_is_followed_by_its_number_and_answered_by_an_officer()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");

        // A refused file leaves no complaint; an empty description is refused with the text kept.
        var refused = await TextOfAsync(await Forms.UploadAsync(visitor.Client, ComplaintAddresses.New, "file", "MZ not a pdf"u8.ToArray(), "bukti.exe", "application/octet-stream",
            ("Input.Category", "CompletionTime"), ("Input.Description", "Permintaan saya lewat 10 hari kerja.")));
        Assert.Contains("Hanya berkas PDF, JPEG atau PNG yang diterima.", refused, StringComparison.Ordinal);
        Assert.Contains("Permintaan saya lewat 10 hari kerja.</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("Ceritakan apa yang terjadi.", await TextOfAsync(await Forms.PostAsync(visitor.Client, ComplaintAddresses.New, ("Input.Category", "Other"), ("Input.Description", "   "))), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());

        // Sent anonymously with a PDF: a number and the secret link.
        var sent = await Forms.UploadAsync(visitor.Client, ComplaintAddresses.New, "file", Pdf, "bukti.pdf", "application/pdf",
            ("Input.Category", "CompletionTime"), ("Input.Description", "Permintaan saya lewat 10 hari kerja."), ("Input.Concerns", "PST-2026-00007"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var statusUrl = sent.Headers.Location!.OriginalString;
        var number = Regex.Match(statusUrl, "PGD-\\d{4}-\\d{5}").Value;
        Assert.Equal($"PGD-{OfficeTime.DateOf(Factory.Clock.GetUtcNow()).Year}-00001", number);
        var status = await TextOfAsync(visitor, statusUrl);
        Assert.Contains("id=\"complaint-state\">Diterima<", status, StringComparison.Ordinal);
        Assert.Contains("Dengan berkas bukti.pdf", status, StringComparison.Ordinal);
        // Received Monday 7 December 2026: the first answer is due three working days later, settling in five.
        Assert.Contains("Paling lambat 10 Desember 2026", status, StringComparison.Ordinal);
        Assert.Contains("Paling lambat 14 Desember 2026 (informasi atau pengaduan sederhana)", status, StringComparison.Ordinal);
        Assert.Contains("https://www.lapor.go.id", status, StringComparison.Ordinal);

        // The complaint handlers are mailed at once, with the link that opens it for them; a failed one earlier sent nothing.
        var handlersMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Pengaduan baru {number}: Waktu penyelesaian");
        Assert.Contains("Pengaduan masuk melalui Situs web ini.", handlersMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Permintaan saya lewat 10 hari kerja.", handlersMail.TextBody, StringComparison.Ordinal);
        var complaintLink = Mailbox.LinkIn(handlersMail);
        Assert.StartsWith(ComplaintAddresses.StaffList + "/", complaintLink, StringComparison.Ordinal);
        Assert.Contains(number, await TextOfAsync(officer, complaintLink), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)),
            m => m.Subject!.StartsWith("Pengaduan baru", StringComparison.Ordinal) && m.To.ToString().Contains("petugas@example.org", StringComparison.Ordinal));

        // By number alone: where it stands, not what it says. A wrong key or number finds nothing.
        var tracked = await TextOfAsync(visitor, $"{ComplaintAddresses.Track}?nomor={number}");
        Assert.Contains("id=\"complaint-state\">Diterima<", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("lewat 10 hari kerja", tracked, StringComparison.Ordinal);
        Assert.Contains("id=\"not-found\"", await TextOfAsync(visitor, $"{ComplaintAddresses.Track}?nomor=PGD-2026-99999"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync($"/pengaduan/{number}"));
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync($"/pengaduan/{number}?kunci={new string('0', 32)}"));

        // The officer finds it in the list, takes it on, notes, sets its tier and replies.
        var list = await TextOfAsync(officer, ComplaintAddresses.StaffList);
        var staffUrl = Regex.Match(list, "href=\"(/admin/pengaduan/[0-9a-f-]{36})\">" + number).Groups[1].Value;
        Assert.Contains("Situs web ini", list, StringComparison.Ordinal);
        Assert.Contains("bukti.pdf", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        Assert.Equal(Pdf, await officer.Client.GetByteArrayAsync(staffUrl + "?handler=Attachment"));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Assign"), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Note", ("message", "Cek SLA di sistem, permintaan PST-2026-00007")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Classify", ("tier", "NoFieldCheck"), ("category", "CompletionTime")), staffUrl);
        Assert.Contains("Tulis pesannya terlebih dahulu.", await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Reply", ("message", " "))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Reply", ("message", "Mohon maaf, sedang kami periksa.")), staffUrl);

        // The complainant reads the reply and the new limit, never the note, and writes back.
        status = await TextOfAsync(visitor, statusUrl);
        Assert.Contains("Mohon maaf, sedang kami periksa.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Cek SLA", status, StringComparison.Ordinal);
        Assert.Contains("id=\"complaint-state\">Sedang ditangani<", status, StringComparison.Ordinal);
        Assert.Contains("(tanpa pemeriksaan lapangan)", status, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(visitor.Client, statusUrl, ("message", "Terima kasih, saya tunggu.")), statusUrl);
        Assert.Contains("Terima kasih, saya tunggu.", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        // Closed with the outcome: the last reply reaches the complainant; nothing more can be added.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Close", ("outcome", "Resolved"), ("message", "Produk sudah dikirim.")), staffUrl);
        status = await TextOfAsync(visitor, statusUrl);
        Assert.Contains("id=\"complaint-state\">Selesai · Diperbaiki<", status, StringComparison.Ordinal);
        Assert.Contains("Produk sudah dikirim.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"follow-up\"", status, StringComparison.Ordinal);

        // Staff pages are for staff.
        Assert.NotEqual(HttpStatusCode.OK, await visitor.StatusOfAsync(staffUrl));
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani", CustomerSegment.Student);
        Assert.NotEqual(HttpStatusCode.OK, await customer.StatusOfAsync(ComplaintAddresses.StaffList));
    }

    [Fact]
    public async Task Staff_record_complaints_from_the_other_channels_and_are_reminded_before_a_limit_passes()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var visitor = new SiteSession(Factory);

        // Only staff record another channel: the site's own form takes the website channel whatever is posted.
        Assert.NotEqual(HttpStatusCode.OK, await visitor.StatusOfAsync("/admin/pengaduan/catat"));
        var recorded = await Forms.PostAsync(officer.Client, "/admin/pengaduan/catat", ("Channel", "WhatsApp"), ("Input.Category", "OfficerConduct"), ("Input.Description", "Lewat WhatsApp: petugas kurang ramah."), ("Input.Name", "Budi"), ("Input.Contact", "0815-0000-0000"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var staffUrl = recorded.Headers.Location!.OriginalString;
        var page = await TextOfAsync(officer, staffUrl);
        Assert.Contains("WhatsApp", page, StringComparison.Ordinal);
        Assert.Contains("Budi · 0815-0000-0000", page, StringComparison.Ordinal);
        Assert.Contains("Pilih saluran masuknya pengaduan.", await TextOfAsync(await Forms.PostAsync(officer.Client, "/admin/pengaduan/catat", ("Channel", "Website"), ("Input.Description", "x"))), StringComparison.Ordinal);

        // Monday 7 December 09:00: nothing is due yet. Wednesday 9th is one working day before the first answer
        // is due (Thursday 10th): one reminder to the office, sent once however often the job runs.
        Assert.Equal(0, await RunRemindersAsync());
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RunRemindersAsync());
        Assert.Equal(0, await RunRemindersAsync());
        var number = Regex.Match(page, "PGD-\\d{4}-\\d{5}").Value;
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "jateng@bps.go.id", $"Pengaduan {number}: tanggapan pertama jatuh tempo 10 Desember 2026");
        Assert.Contains("petugas kurang ramah", mail.TextBody ?? mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(staffUrl, Mailbox.LinkIn(mail)); // the reminder opens the complaint where it is answered

        // Friday 11th the first answer is late: the overdue reminder goes to the officer who took it on.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Assign"), staffUrl);
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RunRemindersAsync());
        await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Pengaduan {number}: tanggapan pertama sudah lewat batas 10 Desember 2026");
        Assert.Contains("Terlambat", await TextOfAsync(officer, "/admin/pengaduan"), StringComparison.Ordinal);
    }

    private async Task<int> RunRemindersAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetServices<IReminderJob>().OfType<ComplaintReminders>().Single().SendDueAsync();
    }

    private async Task<int> CountAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PstDbContext>().Set<Complaint>().CountAsync();
    }
}

public sealed class SqliteComplaintTests : ComplaintTests<SqliteAppFactory>;

public sealed class PostgreSqlComplaintTests : ComplaintTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
