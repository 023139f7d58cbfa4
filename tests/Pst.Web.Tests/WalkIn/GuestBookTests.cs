using System.Net;
using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.WalkIn;

/// <summary>The guest book: filled at the kiosk or the front office, returning visitors found, identity numbers masked, export by permission.</summary>
public abstract class GuestBookTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Nik = "3374012345678901";

    [Fact]
    public async Task A_visit_is_written_once_per_ticket_found_again_next_time_and_listed_with_the_identity_number_masked()
    {
        using var visitor = new SiteSession(Factory);
        using var frontOffice = await SiteSession.StaffAsync(Factory, "fo@example.org", "FrontOffice");
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor");

        // The visitor takes a number and fills in the guest book on the kiosk; a missing field is refused first.
        var kiosk = await TextOfAsync(visitor, "/antrian");
        var token = WebUtility.HtmlDecode(Regex.Match(kiosk, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var issued = await visitor.Client.PostAsync("/antrian", new FormUrlEncodedContent([new("service", "penjualan"), new("__RequestVerificationToken", token)]));
        var entryUrl = issued.Headers.Location!.OriginalString + "/buku-tamu";
        (string, string)[] visit =
        [
            ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", Nik), ("Input.Name", "Siti Rahayu"), ("Input.Email", "siti@example.org"),
            ("Input.Institution", "Universitas Diponegoro"), ("Input.Segment", "Student"), ("Input.Purpose", "Membeli publikasi"),
        ];
        var missing = await TextOfAsync(await Forms.PostAsync(visitor.Client, entryUrl, visit.Where(f => f.Item1 != "Input.Purpose").ToArray()));
        Assert.Contains("Kolom ini wajib diisi.", missing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(visitor.Client, entryUrl, visit)).StatusCode);
        Assert.Contains("sudah tercatat di buku tamu", await TextOfAsync(await Forms.PostAsync(visitor.Client, entryUrl, visit)), StringComparison.Ordinal);

        // The list masks the identity number.
        var list = await TextOfAsync(frontOffice, "/admin/buku-tamu");
        Assert.Contains("Siti Rahayu", list, StringComparison.Ordinal);
        Assert.Contains("••••••••••••8901", list, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, list, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"export\"", list, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await frontOffice.StatusOfAsync("/admin/buku-tamu?handler=Csv"));

        // Next visit: found by the identity number, the form is filled from the last one.
        var found = await TextOfAsync(await Forms.PostAsync(frontOffice.Client, "/admin/buku-tamu/isi?handler=Find", ("returning", Nik)));
        Assert.Contains("Ditemukan: kunjungan terakhir", found, StringComparison.Ordinal);
        Assert.Contains("value=\"Universitas Diponegoro\"", found, StringComparison.Ordinal);
        Assert.Contains("Tidak ada kunjungan sebelumnya", await TextOfAsync(await Forms.PostAsync(frontOffice.Client, "/admin/buku-tamu/isi?handler=Find", ("returning", "orang@lain.example"))), StringComparison.Ordinal);

        // The supervisor may export, with the full numbers.
        var supervised = await TextOfAsync(supervisor, "/admin/buku-tamu");
        Assert.Contains("id=\"export\"", supervised, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-entry\"", supervised, StringComparison.Ordinal); // reads, does not write
        Assert.Contains("id=\"new-entry\"", list, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, await supervisor.StatusOfAsync("/admin/buku-tamu/isi"));
        var csv = await supervisor.Client.GetStringAsync("/admin/buku-tamu?handler=Csv");
        Assert.Contains($"Ktp,{Nik},Siti Rahayu,siti@example.org", csv, StringComparison.Ordinal);

        // Nothing the site logged, at any level, holds the identity number; the export is logged by who did it.
        Assert.NotEmpty(Factory.Logs.Lines);
        Assert.DoesNotContain(Factory.Logs.Lines, line => line.Contains(Nik, StringComparison.Ordinal));
        Assert.Contains(Factory.Logs.Lines, line => line.Contains("Guest book of", StringComparison.Ordinal) && line.Contains("exported by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_early_morning_visit_is_listed_on_its_day_in_the_office_time_zone()
    {
        // 06.30 WIB on 8 December is still 7 December in UTC.
        Factory.Clock.MoveTo(new DateTimeOffset(2026, 12, 8, 6, 30, 0, TimeSpan.FromHours(7)));
        using var frontOffice = await SiteSession.StaffAsync(Factory, "fo.pagi@example.org", "FrontOffice");
        await ExpectRedirectAsync(
            Forms.PostAsync(
                frontOffice.Client,
                "/admin/buku-tamu/isi",
                ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374019876543210"), ("Input.Name", "Wahyu Pagi"), ("Input.Email", "wahyu@example.org"),
                ("Input.Institution", ""), ("Input.Segment", "Individual"), ("Input.Purpose", "Konsultasi data")),
            "/admin/buku-tamu");

        var today = await TextOfAsync(frontOffice, "/admin/buku-tamu");
        Assert.Contains("Wahyu Pagi", today, StringComparison.Ordinal);
        Assert.Matches("<td>06[.:]30</td>", today);
        Assert.Contains("Wahyu Pagi", await TextOfAsync(frontOffice, "/admin/buku-tamu?tanggal=2026-12-08"), StringComparison.Ordinal);
        Assert.DoesNotContain("Wahyu Pagi", await TextOfAsync(frontOffice, "/admin/buku-tamu?tanggal=2026-12-07"), StringComparison.Ordinal);
    }
}

public sealed class SqliteGuestBookTests : GuestBookTests<SqliteAppFactory>;
