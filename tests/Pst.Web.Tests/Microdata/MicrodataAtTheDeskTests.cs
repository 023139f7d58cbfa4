using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using Pst.Web.Tests.WalkIn;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Microdata;

/// <summary>
/// Microdata bought at the walk-in desk, where the standard sells the full set only: no choice of area or variable,
/// the abstract and identity shown, the agreement signed before the receipt, cash, and the whole data file handed
/// over on the visitor's media.
/// </summary>
public abstract partial class MicrodataAtTheDeskTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string ItemUrl = "/katalog/susenas-kor-rt-2025-03";

    [Fact]
    public async Task A_visitor_buys_the_full_set_at_the_desk_and_gets_every_record_and_variable()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (_, staffUrl, requestId) = await OpenDeskRequestAsync(visitor, officer);

        // At the desk the page offers no choice of area or variable; a variable posted anyway is not taken: the full set is added.
        var item = $"{ItemUrl}?meja={requestId}";
        var desk = await TextOfAsync(officer, item);
        Assert.DoesNotContain("name=\"choice.variables\"", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"choice.coverage\"", desk, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, item, ("choice.variables", "R105"), ("meja", requestId)), staffUrl);
        Assert.Contains("Set lengkap: seluruh record dan variabel", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ShowAndSubmitAsync(officer, staffUrl);
        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptOffer")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);

        // The full set is priced on the whole data file's bytes.
        var source = Directory.GetFiles(Path.Combine(Factory.Directory, "microdata"), "*.csv").Single();
        var price = 20_000 + (long)Math.Round((new FileInfo(source).Length - 1_000_000) * 0.02, MidpointRounding.AwayFromZero);
        var deskPayment = $"/admin/pembayaran/{requestId}";
        var due = DueAmount().Match(await TextOfAsync(treasurer, deskPayment)).Groups[1].Value;
        Assert.Equal(new Pst.Core.Kernel.Rupiah(price).ToString(), $"Rp{due},00");

        // Cash first; the receipt follows the signed agreement.
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Cash", ("received", due)), deskPayment);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Receipt"), deskPayment);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"), ("handover", "VisitorMedia")), staffUrl);

        var productFile = Regex.Match(await TextOfAsync(officer, staffUrl), "/berkas/([^\"]+)\" class=\"\">Produk").Groups[1].Value;
        var zip = await officer.Client.GetByteArrayAsync($"{staffUrl}/berkas/{productFile}");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var csv = archive.Entries.Single(e => e.FullName.EndsWith(".csv", StringComparison.Ordinal) && e.FullName != "kamus-data.csv");
        using var delivered = new MemoryStream();
        await using (var content = csv.Open())
        {
            await content.CopyToAsync(delivered);
        }

        Assert.Equal(await File.ReadAllBytesAsync(source), delivered.ToArray());
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync(staffUrl)).StatusCode);
    }

    [Fact]
    public async Task A_visitor_whose_abstract_does_not_match_is_referred_to_consultation_and_their_ticket_moves_to_that_queue()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var (ticketId, staffUrl, requestId) = await OpenDeskRequestAsync(visitor, officer);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"{ItemUrl}?meja={requestId}", ("meja", requestId)), staffUrl);
        await ShowAndSubmitAsync(officer, staffUrl);
        Assert.Contains("id=\"act-ReferToConsultation\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        const string reason = "Kebutuhan penelitian tentang kesehatan ibu belum sesuai dengan data Susenas KOR yang diminta.";
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReferToConsultation"), ("reason", reason)), staffUrl);
        var page = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Pengunjung dirujuk ke layanan konsultasi statistik; permintaan ini ditutup.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Dibatalkan<", page, StringComparison.Ordinal);
        Assert.Contains(reason, page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/antrian\">Alihkan nomor antrian pengunjung ke antrian konsultasi</a>", page, StringComparison.Ordinal);

        // The ticket the visitor holds goes to the consultation queue, keeping its number.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Transfer", ("ticket", ticketId), ("to", "service:konsultasi")), "/admin/antrian?loket=loket-1");
        Assert.Contains("Konsultasi statistik", await TextOfAsync(visitor, $"/antrian/tiket/{ticketId}"), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"due\">Rp([0-9.]+),00<")]
    private static partial Regex DueAmount();
}

public sealed class SqliteMicrodataAtTheDeskTests : MicrodataAtTheDeskTests<SqliteAppFactory>;

public sealed class PostgreSqlMicrodataAtTheDeskTests : MicrodataAtTheDeskTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
