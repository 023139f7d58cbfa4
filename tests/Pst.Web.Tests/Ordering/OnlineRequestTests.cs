using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Ordering.Requests;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>
/// The online procedure through the real site, from the catalogue to the offer the customer accepts: a customer,
/// an officer, each with their own session, on each database provider.
/// </summary>
public abstract partial class OnlineRequestTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task A_business_orders_a_publication_has_a_document_rejected_corrects_it_and_gets_a_corrected_invoice()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "usaha@example.org", "Rina Kartika", CustomerSegment.PrivateBusiness, "PT Data Sejahtera");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");

        // The customer adds the publication to a request: the business's NPWP is asked for.
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        var draft = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Draf permintaan", draft, StringComparison.Ordinal);
        Assert.Contains("Provinsi Jawa Tengah Dalam Angka 2026", draft, StringComparison.Ordinal);
        Assert.Contains("id=\"total\">Rp80.000,00", draft, StringComparison.Ordinal);
        Assert.Contains("NPWP badan usaha", draft, StringComparison.Ordinal);

        // Sending without the document is refused, and so is a file that only claims to be a PDF.
        Assert.Contains("Langkah ini memerlukan terlebih dahulu: paling sedikit satu produk, dan semua dokumen wajib diunggah.", await TextOfAsync(await Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit")), StringComparison.Ordinal);
        var fake = await TextOfAsync(await Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", "bukan pdf"u8.ToArray(), "npwp.pdf", "application/pdf", ("code", "npwp")));
        Assert.Contains("Hanya berkas PDF, JPEG, atau PNG yang diterima.", fake, StringComparison.Ordinal);
        Assert.Contains("Belum diunggah", fake, StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Pdf, "npwp.exe", "application/octet-stream", ("code", "npwp")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var submitted = await TextOfAsync(customer, requestUrl);
        var number = NumberPattern().Match(submitted).Value;
        Assert.Matches("^PST-\\d{4}-00001$", number);
        Assert.Contains("Petugas sedang memeriksa dokumen Anda.", submitted, StringComparison.Ordinal);

        // The officers are asked by e-mail to check it, with a link to the request.
        var submittedMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Permintaan baru {number}");
        Assert.Contains("Rina Kartika", submittedMail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("/admin/permintaan/", Mailbox.LinkIn(submittedMail), StringComparison.Ordinal);

        // The officer finds it in the queue and rejects the NPWP with a reason.
        var queue = await TextOfAsync(officer, "/admin/permintaan");
        Assert.Contains(number, queue, StringComparison.Ordinal);
        Assert.Contains("Rina Kartika", queue, StringComparison.Ordinal);
        Assert.Contains("data-urgency=\"paused\"", queue, StringComparison.Ordinal);
        Assert.Contains(number, await TextOfAsync(officer, "/admin/permintaan?status=Submitted&q=Kartika"), StringComparison.Ordinal);
        Assert.Contains("id=\"queue-empty\"", await TextOfAsync(officer, "/admin/permintaan?status=Completed"), StringComparison.Ordinal);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        var uploaded = FileLink(await TextOfAsync(officer, staffUrl), staffUrl);
        Assert.Equal(Pdf, await officer.Client.GetByteArrayAsync(uploaded));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Reject", ("code", "npwp"), ("reason", "NPWP tidak terbaca")), staffUrl);
        Assert.DoesNotContain("id=\"act-CompleteRequirements\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReturnForRevision"), ("reason", "Mohon unggah NPWP yang jelas")), staffUrl);

        // The customer is told by e-mail, and sees why on the page; uploads a clear scan and sends the correction.
        var returnedMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "usaha@example.org", $"Dokumen permintaan {number} perlu diperbaiki");
        Assert.Contains("Mohon unggah NPWP yang jelas", returnedMail.TextBody, StringComparison.Ordinal);
        Assert.Equal(requestUrl, Mailbox.LinkIn(returnedMail));
        var returned = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Ditolak: NPWP tidak terbaca", returned, StringComparison.Ordinal);
        Assert.Contains("Mohon unggah NPWP yang jelas", returned, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Png, "scan.png", "image/png", ("code", "npwp")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "Resubmit")), requestUrl);

        // The officer accepts it: requirements complete, the 10 working days start; then the invoice goes out.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "npwp")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        Assert.Contains("sisa 10 hari kerja", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        Assert.Contains("data-urgency=\"on-time\"", await TextOfAsync(officer, "/admin/permintaan"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);

        var review = await TextOfAsync(customer, requestUrl);
        Assert.Contains("id=\"state\">Diperiksa pengguna layanan<", review, StringComparison.Ordinal);
        var invoice = await InvoiceTextAsync(customer, requestUrl, review);
        Assert.Contains("INV-", invoice, StringComparison.Ordinal);
        Assert.Contains(number, invoice, StringComparison.Ordinal);
        Assert.Contains("Rina Kartika, PT Data Sejahtera", invoice, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", invoice, StringComparison.Ordinal);
        var firstInvoice = InvoiceNumberPattern().Match(invoice).Value;

        // The institution is misspelt: the customer asks for a correction, the officer answers with a new invoice.
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "RequestOfferCorrection"), ("reason", "Nama perusahaan seharusnya PT Data Sejahtera Abadi")), requestUrl);
        Assert.Contains("Nama perusahaan seharusnya PT Data Sejahtera Abadi", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Answer", ("answer", "Sudah kami perbaiki"), ("name", "Rina Kartika"), ("institution", "PT Data Sejahtera Abadi")), staffUrl);

        var corrected = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Sudah kami perbaiki", corrected, StringComparison.Ordinal);
        var secondInvoice = await InvoiceTextAsync(customer, requestUrl, corrected);
        Assert.Contains("Rina Kartika, PT Data Sejahtera Abadi", secondInvoice, StringComparison.Ordinal);
        var secondNumber = InvoiceNumberPattern().Match(secondInvoice).Value;
        Assert.NotEqual(firstInvoice, secondNumber);
        var replaced = await TextOfAsync(customer, "/verifikasi/" + firstInvoice);
        Assert.Contains("tidak berlaku lagi: Diganti.", replaced, StringComparison.Ordinal);
        Assert.Contains($"href=\"/verifikasi/{secondNumber}\" id=\"replaced-by\"", replaced, StringComparison.Ordinal);

        // The customer accepts; the officer prepares the product and asks for payment.
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        var awaiting = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Menunggu pembayaran", awaiting, StringComparison.Ordinal);

        // Both saw the same timeline.
        var timeline = TimelinePattern().Match(awaiting).Value;
        Assert.Equal(timeline, TimelinePattern().Match(await TextOfAsync(officer, staffUrl)).Value);
        Assert.Equal(9, Regex.Matches(timeline, "<li ").Count);
    }

    [Fact]
    public async Task A_customer_who_becomes_a_business_while_drafting_is_asked_for_the_NPWP_on_the_page_and_can_send()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "andi@example.org", "Andi Wijaya", CustomerSegment.Individual);
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        Assert.Contains("id=\"no-documents\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);

        // An individual's profile does not fit a zero-tariff claim for education.
        Assert.Contains("Tarif nol rupiah sebagai Institusi pendidikan dalam negeri hanya untuk profil dengan segmen Mahasiswa/pelajar atau Peneliti.",
            await TextOfAsync(await Forms.PostAsync(customer.Client, requestUrl + "?handler=ZeroTariff", ("category", "DomesticEducation"), ("purpose", "ResearchAndScience"))), StringComparison.Ordinal);

        // The profile now says private business: the page asks for the NPWP, as sending does.
        var saved = await TextOfAsync(await Forms.PostAsync(customer.Client, "/akun/profil",
            ("Input.FullName", "Andi Wijaya"), ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101010002"),
            ("Input.PhoneNumber", "0248412802"), ("Input.Segment", "PrivateBusiness"), ("Input.Institution", "CV Wijaya Data"),
            ("Input.Npwp", "0123456789012345"), ("Input.Domicile", "Indonesia")));
        Assert.Contains("Profil Anda telah disimpan.", saved, StringComparison.Ordinal);
        var draft = await TextOfAsync(customer, requestUrl);
        Assert.Contains("NPWP badan usaha", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-documents\"", draft, StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Pdf, "npwp.pdf", "application/pdf", ("code", "npwp")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        Assert.Matches(NumberPattern(), await TextOfAsync(customer, requestUrl));
    }

    [Fact]
    public async Task An_approved_zero_tariff_gives_a_rupiah_zero_invoice_and_skips_payment()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "dosen@example.org", "Dr. Bambang", CustomerSegment.Researcher, "Universitas Diponegoro");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas2@example.org", "Officer");
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        Assert.Contains("id=\"no-documents\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        Assert.Contains("Produk dengan pilihan ini sudah ada dalam permintaan Anda.", await TextOfAsync(await Forms.PostAsync(customer.Client, Item, ("choice.format", "softcopy"))), StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=ZeroTariff", ("category", "DomesticEducation"), ("purpose", "ResearchAndScience")), requestUrl);
        Assert.Contains("Surat permohonan tarif nol rupiah", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Pdf, "surat.pdf", "application/pdf", ("code", "zero-tariff-request-letter")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);

        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "zero-tariff-request-letter")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);

        // The invoice waits for the decision on the claim: no offer step, and the reason on the page.
        var undecided = await TextOfAsync(officer, staffUrl);
        Assert.Contains("id=\"offer-waits\"", undecided, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"act-IssueOffer\"", undecided, StringComparison.Ordinal);
        Assert.Contains("Langkah ini memerlukan terlebih dahulu: keputusan atas permohonan tarif nol rupiah.", await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer")), StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=ZeroTariff", ("approve", "true")), staffUrl);
        Assert.DoesNotContain("id=\"offer-waits\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);

        var review = await TextOfAsync(customer, requestUrl);
        Assert.Contains("id=\"total\">Rp0,00", review, StringComparison.Ordinal);
        var invoice = await InvoiceTextAsync(customer, requestUrl, review);
        Assert.Contains("Tarif nol rupiah (disetujui)", invoice, StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        Assert.Contains("<span class=\"badge text-bg-primary\" id=\"state\">Pembayaran selesai</span>", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        Assert.Contains("Tarif nol rupiah disetujui: tidak ada yang perlu dibayar.", await TextOfAsync(customer, requestUrl + "/pembayaran"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_customer_finds_none_of_a_request_its_files_or_its_steps_and_changes_nothing()
    {
        using var owner = await SiteSession.CustomerAsync(Factory, "pemilik@example.org", "Sari", CustomerSegment.PrivateBusiness, "CV Maju");
        using var other = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Joko", CustomerSegment.Individual);
        var requestUrl = await AddToRequestAsync(owner, "softcopy");
        await ExpectRedirectAsync(Forms.UploadAsync(owner.Client, requestUrl + "?handler=Upload", "file", Pdf, "npwp.pdf", "application/pdf", ("code", "npwp")), requestUrl);
        var ownPage = await TextOfAsync(owner, requestUrl);
        Assert.Contains("PDF, JPEG, atau PNG, paling besar 10 MB.", ownPage, StringComparison.Ordinal); // every upload field states its limit
        var fileUrl = FileLink(ownPage, requestUrl);
        var before = await SnapshotAsync(requestUrl);

        // The other customer's own page gives them a token to post with; every route of the owner's request answers 404.
        await AddToRequestAsync(other, "softcopy");
        var token = await TokenFromAsync(other, "/permintaan");
        foreach (var url in new[] { requestUrl, fileUrl, Pst.Core.Feedback.SurveySubjectKinds.AddressOf(Pst.Core.Feedback.SurveySubjectKinds.Request, Guid.Parse(requestUrl.Split('/')[^1])) })
        {
            Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync(url));
        }

        foreach (var (handler, fields) in new (string, (string, string)[])[]
        {
            ("Submit", []),
            ("Act", [("trigger", "Withdraw")]),
            ("RemoveLine", [("line", "1")]),
            ("ZeroTariff", [("category", "DomesticEducation"), ("purpose", "ResearchAndScience")]),
        })
        {
            var form = new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"{requestUrl}?handler={handler}", form)).StatusCode);
        }

        using var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("npwp"), "code" }, { new ByteArrayContent(Pdf), "file", "x.pdf" } };
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"{requestUrl}?handler=Upload", upload)).StatusCode);

        // Nor may a customer open the staff routes.
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        Assert.NotEqual(HttpStatusCode.OK, await other.StatusOfAsync(staffUrl));
        Assert.NotEqual(HttpStatusCode.OK, await other.StatusOfAsync(staffUrl + "/berkas/" + fileUrl.Split('/')[^1]));

        Assert.Equal(before, await SnapshotAsync(requestUrl));
    }

    /// <summary>What the database holds of a request: state, version, lines, documents.</summary>
    private async Task<string> SnapshotAsync(string requestUrl)
    {
        var id = Guid.Parse(requestUrl.Split('/')[^1]);
        return await Factory.Services.InScopeAsync(async sp =>
        {
            var request = (await sp.GetRequiredService<PstDbContext>().Set<Request>().FindAsync(id))!;
            return $"{request.State}|{request.Version}|{request.Lines.Count}|{request.ZeroTariff is null}|{string.Join(",", request.Documents.Select(d => $"{d.Code}:{d.Status}:{d.FileId}"))}";
        });
    }

    [GeneratedRegex("PST-\\d{4}-\\d{5}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("INV-\\d{4}-\\d{5}")]
    private static partial Regex InvoiceNumberPattern();

    [GeneratedRegex("<ol class=\"list-group list-group-numbered\" id=\"timeline\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex TimelinePattern();

}

public sealed class SqliteOnlineRequestTests : OnlineRequestTests<SqliteAppFactory>;

public sealed class PostgreSqlOnlineRequestTests : OnlineRequestTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
