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
        var ticketUrl = (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString;
        var ticketId = ticketUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Start", ("ticket", ticketId)), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"/admin/buku-tamu/isi?tiket={ticketId}",
            ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101900002"), ("Input.Name", "Dewi Rahma"), ("Input.Email", "dewi.walkin@example.org"),
            ("Input.Institution", "Universitas Negeri Semarang"), ("Input.Segment", "Student"), ("Input.Purpose", "Membeli data mikro Susenas")), "/admin/buku-tamu");
        var staffUrl = (await Forms.PostAsync(officer.Client, $"/admin/antrian/tiket/{ticketId}/permintaan")).Headers.Location!.OriginalString;
        var requestId = staffUrl.Split('/')[^1];

        // At the desk the page offers no choice of area or variable; a variable posted anyway is not taken: the full set is added.
        var item = $"{ItemUrl}?meja={requestId}";
        var desk = await TextOfAsync(officer, item);
        Assert.DoesNotContain("name=\"choice.variables\"", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"choice.coverage\"", desk, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, item, ("choice.variables", "R105"), ("meja", requestId)), staffUrl);

        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Shown", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Submit"), staffUrl);
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

    [GeneratedRegex("id=\"due\">Rp([0-9.]+),00<")]
    private static partial Regex DueAmount();
}

public sealed class SqliteMicrodataAtTheDeskTests : MicrodataAtTheDeskTests<SqliteAppFactory>;

public sealed class PostgreSqlMicrodataAtTheDeskTests : MicrodataAtTheDeskTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
