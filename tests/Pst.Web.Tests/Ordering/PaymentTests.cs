using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Payments;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>
/// Payment through the real site: billing codes from the SIMPONI simulator (one expiring and re-issued), SIMPONI by
/// hand, a transfer from abroad with a rejected proof, the receipt, delivery, a product correction and the satisfaction survey.
/// </summary>
public abstract partial class PaymentTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task A_customer_pays_with_a_reissued_billing_code_gets_a_receipt_and_the_stamped_publication_and_rates_the_service()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, staffUrl) = await ToAwaitingPaymentAsync(customer, officer);
        var paymentUrl = requestUrl + "/pembayaran";
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;

        Assert.Contains($"href=\"{paymentUrl}\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        Assert.Contains("id=\"billing-pending\"", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);

        // The treasurer and the customer are mailed, each with the link to where they act: the desk, the payment page.
        var treasurerMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "bendahara@example.org", $"Pembayaran permintaan {number}");
        Assert.Equal(deskUrl, Mailbox.LinkIn(treasurerMail));
        Assert.Contains($"href=\"{deskUrl}\"", await TextOfAsync(treasurer, staffUrl), StringComparison.Ordinal); // the request page leads there too
        Assert.Equal(paymentUrl, Mailbox.LinkIn(await Mailbox.WaitForAsync(Factory.MailDirectory, "ani@example.org", $"Pembayaran permintaan {number}")));

        // The treasurer issues a billing code; the customer sees it and downloads the slip.
        Assert.Contains(number, await TextOfAsync(treasurer, "/admin/pembayaran"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        var firstCode = BillingCodeIn(await TextOfAsync(customer, paymentUrl));
        var billingMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "ani@example.org", $"Kode billing permintaan {number}");
        Assert.Contains(string.Join(' ', firstCode.Chunk(5).Select(c => new string(c))), billingMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", billingMail.TextBody, StringComparison.Ordinal);
        Assert.Equal(paymentUrl, Mailbox.LinkIn(billingMail));
        var slip = await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kode billing");
        Assert.Contains("KODE BILLING PNBP", slip, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', firstCode.Chunk(5).Select(c => new string(c))), slip, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", slip, StringComparison.Ordinal);

        // Eight days later the code has expired: it cannot be paid or confirmed, and a new one replaces it.
        Factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains("id=\"billing-expired\"", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);
        Assert.Contains("Billing ini sudah kedaluwarsa", await TextOfAsync(await Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", firstCode))), StringComparison.Ordinal);
        Assert.Contains("SIMPONI belum melaporkan", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm")), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        var secondCode = BillingCodeIn(await TextOfAsync(customer, paymentUrl));
        Assert.NotEqual(firstCode, secondCode);
        Assert.Contains("tidak berlaku lagi: Diganti.", await TextOfAsync(customer, "/verifikasi/" + firstCode), StringComparison.Ordinal);

        // Paid (in the simulator, as at a bank), confirmed with the NTPN SIMPONI reports, and the receipt issued.
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", secondCode)), "/admin/simponi");
        // Paid at the bank, not yet confirmed: the customer is told it is paid, not that a code is coming.
        var paidNotConfirmed = await TextOfAsync(customer, paymentUrl);
        Assert.Contains("id=\"billing-paid\"", paidNotConfirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"billing-pending\"", paidNotConfirmed, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm"), deskUrl);
        var ntpn = Regex.Match(await TextOfAsync(treasurer, deskUrl), "id=\"ntpn-value\">([0-9A-Z]{16})<").Groups[1].Value;
        Assert.Equal(16, ntpn.Length);
        Assert.Contains("id=\"paid\"", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        var receipt = await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kuitansi");
        Assert.Contains("KUITANSI", receipt, StringComparison.Ordinal);
        Assert.Contains("Ani Lestari, Universitas Negeri Semarang", receipt, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", receipt, StringComparison.Ordinal);
        Assert.Contains(ntpn, receipt, StringComparison.Ordinal);

        // The officer delivers: the real publication, stamped with the buyer and the request on every page.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        var productLink = ProductLinkIn(await TextOfAsync(customer, requestUrl));
        var product = PdfText(await customer.Client.GetByteArrayAsync(productLink));
        Assert.Contains($"Untuk Ani Lestari - Permintaan {number}", product, StringComparison.Ordinal);
        Assert.Contains("sudah diunduh 1 kali", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);

        // The signed link is the only way to the product: not the plain file route, not an altered token, not another customer.
        var productFile = Regex.Match(await TextOfAsync(officer, staffUrl), "/berkas/([^\"]+)\" class=\"\">Produk").Groups[1].Value;
        Assert.Equal(HttpStatusCode.NotFound, await customer.StatusOfAsync($"{requestUrl}/berkas/{productFile}"));
        Assert.Equal(HttpStatusCode.NotFound, await customer.StatusOfAsync(productLink + "x"));
        using (var other = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Joko", CustomerSegment.Individual))
        {
            Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync(productLink));
            Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync(paymentUrl));
            var token = System.Net.WebUtility.HtmlDecode(Regex.Match(await other.Client.GetStringAsync("/katalog/jateng-dalam-angka-2026"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
            using var proof = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf), "file", "bukti.pdf" } };
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync(paymentUrl + "?handler=Proof", proof)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, await other.StatusOfAsync(deskUrl));
        }

        // A product correction, answered by a new delivery; then the customer accepts and answers the satisfaction survey.
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "RequestProductCorrection"), ("reason", "Mohon kirim ulang, berkas terpotong")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Redeliver"), ("answer", "Sudah kami kirim ulang")), staffUrl);
        var redelivered = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Sudah kami kirim ulang", redelivered, StringComparison.Ordinal);
        Assert.DoesNotContain("text-decoration-line-through", redelivered, StringComparison.Ordinal); // the customer sees the files in force
        Assert.Single(Regex.Matches(await TextOfAsync(officer, staffUrl), "text-decoration-line-through\">Produk")); // staff see the history

        // The first delivery's link (as in its e-mail) no longer serves the old file: it says so and points to the new one.
        var replaced = await customer.Client.GetAsync(productLink);
        Assert.Equal(HttpStatusCode.Gone, replaced.StatusCode);
        var replacedPage = await TextOfAsync(replaced);
        Assert.Contains("Berkas ini sudah diganti", replacedPage, StringComparison.Ordinal);
        var newLink = System.Net.WebUtility.HtmlDecode(Regex.Match(replacedPage, "<ul id=\"replacements\">\\s*<li><a href=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEqual(productLink, newLink);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await customer.Client.GetByteArrayAsync(newLink))[..4], StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptProduct")), requestUrl);
        Assert.Contains("Dilayani dalam", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        var surveyUrl = Pst.Core.Feedback.SurveySubjectKinds.AddressOf(Pst.Core.Feedback.SurveySubjectKinds.Request, Guid.Parse(requestUrl.Split('/')[^1]));
        await ExpectRedirectAsync(Pst.Web.Tests.Feedback.SurveySteps.AnswerAsync(customer, surveyUrl, "444444443", "Cepat dan jelas"), surveyUrl);
        var rated = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Anda telah mengisi survei kepuasan.", rated, StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Dinilai<", rated, StringComparison.Ordinal);
        Assert.Contains("data-clock=\"Done\">Selesai<", await TextOfAsync(officer, "/admin/permintaan"), StringComparison.Ordinal); // stopped at delivery, not paused

        // The download window (7 days by default) closes.
        var latestLink = ProductLinkIn(rated);
        Factory.Clock.Advance(TimeSpan.FromDays(8));
        var closed = await customer.Client.GetAsync(latestLink);
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        Assert.Contains("Masa unduh berkas ini sudah berakhir. Anda dapat meminta tautan baru.", await TextOfAsync(closed), StringComparison.Ordinal);
        var ended = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Masa unduh berakhir", ended, StringComparison.Ordinal);
        Assert.Contains("id=\"renew-downloads\"", ended, StringComparison.Ordinal);

        // Rated and closed as it is, the customer still asks for new links, and the same link serves again; asked
        // again while they work, it is refused with the reason.
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=RenewDownloads"), requestUrl);
        Assert.Equal(HttpStatusCode.OK, await customer.StatusOfAsync(latestLink));
        Assert.DoesNotContain("id=\"renew-downloads\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        Assert.Contains("Tautan unduh permintaan ini masih berlaku.", await TextOfAsync(await Forms.PostAsync(customer.Client, requestUrl + "?handler=RenewDownloads")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_made_out_wrongly_is_corrected_by_a_new_number_that_replaces_it_everywhere()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, _) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", BillingCodeIn(await TextOfAsync(customer, requestUrl + "/pembayaran")))), "/admin/simponi");
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        var first = Regex.Match(await TextOfAsync(treasurer, deskUrl), "id=\"receipt\">Kuitansi (KW-\\d{4}-\\d{5})").Groups[1].Value;
        Assert.NotEmpty(first);

        // The same name, institution and address correct nothing: refused, and the receipt stands.
        Assert.Contains(
            "Ubah nama, instansi, atau alamat untuk memperbaiki kuitansi.",
            await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=CorrectReceipt", ("payerName", "Ani Lestari"), ("institution", "Universitas Negeri Semarang"), ("address", ""))),
            StringComparison.Ordinal);

        await ExpectRedirectAsync(
            Forms.PostAsync(treasurer.Client, deskUrl + "?handler=CorrectReceipt", ("payerName", "Anna Müller-Łukasiewicz"), ("institution", "Universität Leipzig"), ("address", "Augustusplatz 10, 04109 Leipzig, Jerman")),
            deskUrl);
        var desk = await TextOfAsync(treasurer, deskUrl);
        var second = Regex.Match(desk, "id=\"receipt\">Kuitansi (KW-\\d{4}-\\d{5})").Groups[1].Value;
        Assert.NotEqual(first, second);
        Assert.Contains($"memperbaiki kuitansi {first}, yang tidak berlaku lagi", desk, StringComparison.Ordinal);

        // On /verifikasi the old number says it was replaced, and by which; the new one stands.
        var old = await TextOfAsync(customer, "/verifikasi/" + first);
        Assert.Contains("tidak berlaku lagi: Diganti.", old, StringComparison.Ordinal);
        Assert.Contains($"href=\"/verifikasi/{second}\" id=\"replaced-by\"", old, StringComparison.Ordinal);
        Assert.Contains("masih berlaku", await TextOfAsync(customer, "/verifikasi/" + second), StringComparison.Ordinal);

        // The customer's request lists the new receipt only; it names the payer exactly, with the address and the one it replaces.
        var page = await TextOfAsync(customer, requestUrl);
        Assert.Contains(second, page, StringComparison.Ordinal);
        Assert.DoesNotContain(first, page, StringComparison.Ordinal);
        var receipt = await IssuedTextAsync(customer, requestUrl, page, "Kuitansi");
        Assert.Contains("Anna Müller-Łukasiewicz, Universität Leipzig", receipt, StringComparison.Ordinal);
        Assert.Contains("Augustusplatz 10, 04109 Leipzig, Jerman", receipt, StringComparison.Ordinal);
        Assert.Contains($"Kuitansi {first}, yang tidak berlaku lagi", receipt, StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", receipt, StringComparison.Ordinal);

        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "ani@example.org", $"Kuitansi permintaan {number} diperbaiki");
        Assert.Contains($"kuitansi {second} menggantikan kuitansi {first}", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(requestUrl, Mailbox.LinkIn(mail));
    }

    [Fact]
    public async Task A_product_correction_can_send_a_file_the_officer_corrected_by_hand_in_the_format_delivered()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, staffUrl) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = await PayByBillingCodeAsync(customer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        var firstLink = ProductLinkIn(await TextOfAsync(customer, requestUrl));
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "RequestProductCorrection"), ("reason", "Halaman 12 terbalik")), requestUrl);

        // The officer's form offers a field per delivered file; a file in another format is refused and nothing changes.
        var staffPage = await TextOfAsync(officer, staffUrl);
        var field = Regex.Match(staffPage, "name=\"(corrected-[^\"]+\\.pdf)\"").Groups[1].Value;
        Assert.NotEmpty(field);
        var refused = await TextOfAsync(await Forms.UploadAsync(officer.Client, staffUrl + "?handler=Deliver", field, Png, "perbaikan.png", "image/png", ("trigger", "Redeliver"), ("answer", "Halaman 12 sudah dibetulkan")));
        Assert.Contains("tidak dalam format berkas yang digantikannya", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Perbaikan produk diminta<", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        // A corrected PDF is sent as it is, under the delivered name; the customer reads the answer and downloads it.
        var corrected = "%PDF-1.4\n% halaman 12 dibetulkan\n%%EOF\n"u8.ToArray();
        await ExpectRedirectAsync(Forms.UploadAsync(officer.Client, staffUrl + "?handler=Deliver", field, corrected, "perbaikan.pdf", "application/pdf", ("trigger", "Redeliver"), ("answer", "Halaman 12 sudah dibetulkan")), staffUrl);
        var page = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Halaman 12 sudah dibetulkan", page, StringComparison.Ordinal);
        var newLink = ProductLinkIn(page);
        var response = await customer.Client.GetAsync(newLink);
        Assert.Equal(corrected, await response.Content.ReadAsByteArrayAsync());
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await customer.Client.GetAsync(firstLink)).StatusCode);
    }

    [Fact]
    public async Task A_tariff_raised_after_the_invoice_leaves_the_customer_paying_exactly_the_invoiced_amount()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        using var admin = await SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator");
        var (requestUrl, staffUrl) = await ToOfferedAsync(customer, officer);
        var offered = await TextOfAsync(customer, requestUrl);
        var invoice = Regex.Match(offered, "INV-\\d{4}-\\d{5}").Value;
        Assert.Contains("Rp80.000,00", await InvoiceTextAsync(customer, requestUrl, offered), StringComparison.Ordinal);

        // I.A goes from Rp50.000 to Rp55.000 while the customer reads the invoice.
        await ChangeTariffAsync(admin, "PP 13/2024", "I.A", "55000");

        foreach (var page in new[] { await TextOfAsync(customer, requestUrl), await TextOfAsync(officer, staffUrl) })
        {
            Assert.Contains("id=\"total\">Rp80.000,00<", page, StringComparison.Ordinal);
            Assert.Contains($"Sesuai invoice {invoice}, tarif menurut PP 13/2024", page, StringComparison.Ordinal);
        }

        // The new amount prices what is offered from now on: a new draft of the same publication.
        using (var other = await SiteSession.CustomerAsync(Factory, "budi@example.org", "Budi", CustomerSegment.Individual))
        {
            Assert.Contains("id=\"total\">Rp85.000,00<", await TextOfAsync(other, await AddToRequestAsync(other, "softcopy")), StringComparison.Ordinal);
        }

        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        Assert.Contains("id=\"due\">Rp80.000,00<", await TextOfAsync(customer, requestUrl + "/pembayaran"), StringComparison.Ordinal);
        var deskUrl = await PayByBillingCodeAsync(customer, treasurer, requestUrl);
        Assert.Contains("id=\"due\">Rp80.000,00<", await TextOfAsync(treasurer, deskUrl), StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kode billing"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        Assert.Contains("Rp80.000,00", await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kuitansi"), StringComparison.Ordinal);
        Assert.Contains("Rp80.000,00", await TextOfAsync(customer, "/verifikasi/" + invoice), StringComparison.Ordinal);

        var paid = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<PstDbContext>().Set<Payment>().SingleAsync());
        Assert.Equal(80_000, paid.Amount);
    }

    [Fact]
    public async Task In_manual_mode_the_treasurer_enters_the_code_from_SIMPONI_and_the_payment_from_the_proof()
    {
        await SetPaymentsAsync(new JsonObject { ["mode"] = "manual", ["billingValidDays"] = 7 });
        using var customer = await SiteSession.CustomerAsync(Factory, "budi@example.org", "Budi", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, _) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        var expiry = OfficeTime.Local(Factory.Clock.GetUtcNow().AddDays(7)).ToString("yyyy-MM-ddTHH:mm");

        Assert.Contains("Kode billing terdiri atas 15 angka.", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing", ("code", "82026112400012"), ("expiresAt", expiry))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing", ("code", "820261124000123"), ("expiresAt", expiry)), deskUrl);
        Assert.Contains("82026 11240 00123", await TextOfAsync(customer, requestUrl + "/pembayaran"), StringComparison.Ordinal);

        var paidOn = OfficeTime.DateOf(Factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd");
        Assert.Contains("NTPN terdiri atas 16 huruf dan angka.", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm", ("ntpn", "12345"), ("bank", "Bank Jateng"), ("paidOn", paidOn))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm", ("ntpn", "a1b2 c3d4 e5f6 g7h8"), ("ntb", "000123456789"), ("bank", "Bank Jateng"), ("paidOn", paidOn)), deskUrl);
        var desk = await TextOfAsync(treasurer, deskUrl);
        Assert.Contains("A1B2C3D4E5F6G7H8", desk, StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Pembayaran selesai<", desk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_abroad_pays_by_transfer_and_the_treasurer_rejects_one_proof_and_verifies_the_next_each_told_by_e_mail()
    {
        await SetPaymentsAsync(new JsonObject
        {
            ["mode"] = "simulator",
            ["transferAccount"] = new JsonObject { ["bank"] = "Bank Uji", ["accountName"] = "Bendahara Penerimaan Uji", ["accountNumber"] = "0000000000", ["swift"] = "UJIAIDJA" },
        });
        using var customer = await SiteSession.CustomerAsync(Factory, "researcher@example.org", "Hannah Meyer", CustomerSegment.Researcher, "Universität Leipzig", Domicile.Abroad);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, _) = await ToAwaitingPaymentAsync(customer, officer);
        var paymentUrl = requestUrl + "/pembayaran";
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];

        var instructions = await TextOfAsync(customer, paymentUrl);
        Assert.Contains("Bendahara Penerimaan Uji", instructions, StringComparison.Ordinal);
        Assert.Contains("UJIAIDJA", instructions, StringComparison.Ordinal);
        Assert.Contains("berdomisili di luar negeri", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing")), StringComparison.Ordinal);

        Assert.Contains("Hanya berkas PDF, JPEG, atau PNG yang diterima.", await TextOfAsync(await Forms.UploadAsync(customer.Client, paymentUrl + "?handler=Proof", "file", "GIF89a"u8.ToArray(), "bukti.pdf", "application/pdf")), StringComparison.Ordinal);
        Assert.Equal("paused", await UrgencyInQueueAsync(officer, requestUrl)); // the customer's turn: to pay
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, paymentUrl + "?handler=Proof", "file", Png, "bukti.png", "image/png"), paymentUrl);
        Assert.NotEqual("paused", await UrgencyInQueueAsync(officer, requestUrl)); // the treasurer's turn: the service clock runs
        Assert.Contains(
            "Bendahara sedang memeriksa bukti yang Anda kirim.",
            await TextOfAsync(await Forms.UploadAsync(customer.Client, paymentUrl + "?handler=Proof", "file", Pdf, "bukti-lagi.pdf", "application/pdf")),
            StringComparison.Ordinal);
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        var proofMail = await Mailbox.WaitForAsync(Factory.MailDirectory, "bendahara@example.org", $"Bukti transfer permintaan {number}");
        Assert.Contains("Hannah Meyer mengirim bukti transfer", proofMail.TextBody, StringComparison.Ordinal);
        Assert.Equal(deskUrl, Mailbox.LinkIn(proofMail)); // straight to the desk where the treasurer verifies it
        var proofId = Regex.Match(await TextOfAsync(treasurer, deskUrl), "name=\"proof\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Single(Regex.Matches(await TextOfAsync(treasurer, deskUrl), "name=\"proof\" value=\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct());
        Assert.Equal(Png, await treasurer.Client.GetByteArrayAsync($"{deskUrl}?handler=Proof&proof={proofId}"));
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Reject", ("proof", proofId), ("reason", "Nomor permintaan tidak tertulis")), deskUrl);
        Assert.Contains("Nomor permintaan tidak tertulis", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);
        Assert.Equal("paused", await UrgencyInQueueAsync(officer, requestUrl));
        var rejection = await Mailbox.WaitForAsync(Factory.MailDirectory, "researcher@example.org", $"Bukti transfer permintaan {number} ditolak");
        Assert.Contains("tidak dapat kami terima: Nomor permintaan tidak tertulis", rejection.TextBody, StringComparison.Ordinal);
        Assert.Equal(paymentUrl, Mailbox.LinkIn(rejection)); // where the customer sends another

        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, paymentUrl + "?handler=Proof", "file", Pdf, "bukti2.pdf", "application/pdf"), paymentUrl);
        var secondProof = Regex.Match(await TextOfAsync(treasurer, deskUrl), "name=\"proof\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.NotEqual(proofId, secondProof);
        await Mailbox.WaitForAllAsync(Factory.MailDirectory, "bendahara@example.org", $"Bukti transfer permintaan {number}", 2);
        // Verified against the account statement: the amount that arrived, the day, the bank's reference. Less than
        // the amount due is refused with the shortfall; nothing is recorded without the three.
        Assert.Contains("Catat jumlah yang diterima", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Verify", ("proof", secondProof))), StringComparison.Ordinal);
        var today = Pst.Core.Kernel.OfficeTime.DateOf(Factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var shortfall = await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Verify", ("proof", secondProof), ("received", "75.000"), ("arrivedOn", today), ("reference", "DEUT-2026-118")));
        Assert.Contains("Transfer yang masuk Rp75.000,00, kurang Rp5.000,00 dari jumlah tagihan (Rp80.000,00).", shortfall, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"paid\"", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Verify", ("proof", secondProof), ("received", "80.500"), ("arrivedOn", today), ("reference", "DEUT-2026-118")), deskUrl);
        var desk = await TextOfAsync(treasurer, deskUrl);
        Assert.Contains("id=\"received-value\">Rp80.500,00<", desk, StringComparison.Ordinal);
        Assert.Contains("id=\"reference-value\">DEUT-2026-118<", desk, StringComparison.Ordinal);
        Assert.NotEqual("paused", await UrgencyInQueueAsync(officer, requestUrl)); // paid, no agreement to wait for: the receipt is the office's to issue
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        var receipt = await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kuitansi");
        Assert.Contains("Transfer bank dari luar negeri", receipt, StringComparison.Ordinal);
        Assert.Contains("referensi DEUT-2026-118", receipt, StringComparison.Ordinal);
        Assert.Contains("Received from", receipt, StringComparison.Ordinal); // living abroad: English beside the Indonesian
        Assert.Contains("id=\"paid\"", await TextOfAsync(customer, paymentUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Treasurers_confirming_and_issuing_at_once_give_exactly_one_payment_and_one_receipt()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "cepat@example.org", "Citra", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, _) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", BillingCodeIn(await TextOfAsync(customer, requestUrl + "/pembayaran")))), "/admin/simponi");
        var id = Guid.Parse(requestUrl.Split('/')[^1]);
        var actor = new RequestActor("treasurer-test", ActorRole.Treasurer);

        var confirmations = await AtOnceAsync(8, async sp => await sp.GetRequiredService<ConfirmPayment>().ConfirmBillingAsync(await LoadAsync(sp, id, actor), actor));
        var receipts = await AtOnceAsync(8, async sp => await sp.GetRequiredService<IssueReceipt>().IssueAsync(await LoadAsync(sp, id, actor), actor, "http://localhost"));

        Assert.Equal(1, confirmations);
        Assert.Equal(1, receipts);
        await Factory.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PstDbContext>();
            Assert.Equal(1, await db.Set<Payment>().CountAsync(p => p.RequestId == id));
            Assert.Equal(1, await db.Set<Receipt>().CountAsync(r => r.RequestId == id));
            var request = (await db.Set<Request>().FindAsync(id))!;
            Assert.Equal(RequestState.ReceiptIssued, request.State);
            Assert.Single(request.IssuedFiles, f => f.Kind == IssuedFileKind.Receipt);
            Assert.Single(request.Timeline, t => t.Trigger == RequestTrigger.ConfirmPayment);
        });
    }

    /// <summary>Runs a step <paramref name="count"/> times at once, each in its own scope; returns how many succeeded (the others must be refused).</summary>
    private async Task<int> AtOnceAsync(int count, Func<IServiceProvider, Task> step)
    {
        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await start.WaitAsync();
            try
            {
                await step(scope.ServiceProvider);
                return true;
            }
            catch (TransitionRefusedException)
            {
                return false;
            }
        })).ToList();
        start.Release(count);
        return (await Task.WhenAll(attempts)).Count(succeeded => succeeded);
    }

    /// <summary>The request as the treasurer's desk reads it, through the ordering contract.</summary>
    private static async Task<RequestSummary> LoadAsync(IServiceProvider services, Guid id, RequestActor treasurer) =>
        (await services.GetRequiredService<IMessages>().SendAsync(new GetRequest(id, treasurer)))!;

    protected Task SetPaymentsAsync(JsonObject value) =>
        Factory.Services.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().SetAsync("payments", value));

    protected static string ProductLinkIn(string requestPage) =>
        Regex.Match(requestPage, "href=\"(/unduh/[^\"]+)\" class=\"\">Produk").Groups[1].Value is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException("The request page links no current product.");

    /// <summary>How the officers' queue colours the request: "paused" while the customer is the one to act.</summary>
    private static async Task<string> UrgencyInQueueAsync(SiteSession officer, string requestUrl) =>
        Regex.Match(await TextOfAsync(officer, "/admin/permintaan"), $"data-urgency=\"([a-z-]+)\">\\s*<td><a href=\"/admin/permintaan/{requestUrl.Split('/')[^1]}\"").Groups[1].Value is { Length: > 0 } urgency
            ? urgency
            : throw new InvalidOperationException("The queue lists no such request.");

    private static string BillingCodeIn(string paymentPage) =>
        Regex.Match(paymentPage, "id=\"billing-code\">([0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal) is { Length: 15 } code
            ? code
            : throw new InvalidOperationException("The payment page shows no billing code.");
}

public sealed class SqlitePaymentTests : PaymentTests<SqliteAppFactory>
{
    /// <summary>Not a matter of the database engine: run on one.</summary>
    [Fact]
    public async Task A_customer_abroad_is_not_asked_to_pay_until_an_administrator_has_set_the_transfer_account_on_screen()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "researcher@example.org", "Hannah Meyer", CustomerSegment.Researcher, "Universität Leipzig", Domicile.Abroad);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");

        // She reads English and gave her passport: the invoice prints it, with English beside the Indonesian.
        Assert.Contains("Profil Anda telah disimpan.", await TextOfAsync(await Forms.PostAsync(customer.Client, "/akun/profil",
            ("Input.FullName", "Hannah Meyer"), ("Input.IdentityDocumentType", "Passport"), ("Input.IdentityNumber", "C01X00T47"),
            ("Input.PhoneNumber", "+49 30 1234567"), ("Input.Segment", "Researcher"), ("Input.Institution", "Universität Leipzig"),
            ("Input.Domicile", "Abroad"), ("Input.Language", "en"))), StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" lang=\"en\" selected=\"selected\">", await TextOfAsync(customer, "/akun/profil"), StringComparison.Ordinal);
        var (requestUrl, staffUrl) = await ToOfferedAsync(customer, officer);
        var invoice = await InvoiceTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl));
        Assert.Contains("Paspor C01X00T47", invoice, StringComparison.Ordinal);
        Assert.Contains("Total due", invoice, StringComparison.Ordinal);
        Assert.Contains("Total yang harus dibayar", invoice, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);

        var refused = await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")));
        Assert.Contains("Kantor belum mencantumkan rekening untuk transfer dari luar negeri", refused, StringComparison.Ordinal);
        var id = Guid.Parse(requestUrl.Split('/')[^1]);
        Assert.Equal(RequestState.InPreparation, (await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().FindAsync(id)))!.State);
        var notYet = await TextOfAsync(customer, requestUrl + "/pembayaran");
        Assert.Contains("Pembayaran diminta setelah kantor menyiapkan produk Anda.", notYet, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"transfer-account\"", notYet, StringComparison.Ordinal);

        // The treasurer takes the payments but does not set where they go; the administrator does, on screen.
        const string settingsUrl = "/admin/pembayaran/pengaturan";
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        Assert.Equal(HttpStatusCode.Forbidden, (await treasurer.Client.GetAsync(settingsUrl)).StatusCode);
        using var administrator = await SiteSession.StaffAsync(Factory, "admin@example.org", "Administrator");
        var settingsPage = await TextOfAsync(administrator, settingsUrl);
        Assert.Contains("id=\"no-account\"", settingsPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"{settingsUrl}\"", await TextOfAsync(administrator, "/admin"), StringComparison.Ordinal);

        // A faulty account saves nothing, not even the fields that were right, and says what to fix.
        var faulty = await TextOfAsync(await Forms.PostAsync(
            administrator.Client, settingsUrl,
            ("Mode", "Simulator"), ("BillingValidDays", "10"), ("Bank", "Bank Uji"), ("AccountName", "Bendahara Penerimaan Uji"), ("AccountNumber", "12"), ("Swift", "UJI-ID")));
        Assert.Contains("Nomor rekening terdiri atas 5 sampai 34 huruf dan angka", faulty, StringComparison.Ordinal);
        Assert.Contains("Kode SWIFT terdiri atas 8 atau 11 karakter", faulty, StringComparison.Ordinal);
        Assert.Contains("value=\"UJI-ID\"", faulty, StringComparison.Ordinal); // what was typed stays to be corrected
        Assert.Null((await Factory.Services.InScopeAsync(sp => PaymentSettings.LoadAsync(sp.GetRequiredService<ISiteSettings>()))).TransferAccount);
        Assert.Contains("Kantor belum mencantumkan rekening", await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady"))), StringComparison.Ordinal);

        await ExpectRedirectAsync(
            Forms.PostAsync(
                administrator.Client, settingsUrl,
                ("Mode", "Simulator"), ("BillingValidDays", "10"), ("Bank", " Bank Uji "), ("AccountName", "Bendahara Penerimaan Uji"), ("AccountNumber", "0000 0000 00"), ("Swift", "ujiaidja")),
            settingsUrl);
        var saved = await Factory.Services.InScopeAsync(sp => PaymentSettings.LoadAsync(sp.GetRequiredService<ISiteSettings>()));
        Assert.Equal(new TransferAccount("Bank Uji", "Bendahara Penerimaan Uji", "0000 0000 00", "UJIAIDJA"), saved.TransferAccount);
        Assert.Equal(10, saved.BillingValidDays);
        Assert.Contains("id=\"saved\"", await TextOfAsync(administrator, settingsUrl), StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        var instructions = await TextOfAsync(customer, requestUrl + "/pembayaran");
        Assert.Contains("UJIAIDJA", instructions, StringComparison.Ordinal);
        Assert.Contains("PDF, JPEG, atau PNG, paling besar 10 MB.", instructions, StringComparison.Ordinal);
    }

    /// <summary>Not a matter of the database engine: run on one.</summary>
    [Fact]
    public async Task A_product_that_cannot_be_made_is_refused_with_what_to_do_and_the_paid_request_waits_until_it_can()
    {
        var catalogueFiles = Directory.GetFiles(Path.Combine(Factory.Directory, "files"), "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, File.ReadAllBytes);
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, staffUrl) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = await PayByBillingCodeAsync(customer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);

        // The publication's stored file is damaged (a disk fault, a bad upload): the stamp cannot read it.
        foreach (var path in catalogueFiles.Keys)
        {
            await File.WriteAllTextAsync(path, "not a PDF");
        }

        var refused = await Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("tidak dapat dibuat, sehingga tidak ada yang dikirim dan permintaan tidak berubah. Periksa berkas item di katalog", await TextOfAsync(refused), StringComparison.Ordinal);
        Assert.Contains(Factory.Logs.Lines, line => line.Contains("could not be made", StringComparison.Ordinal));
        var id = Guid.Parse(requestUrl.Split('/')[^1]);
        var waiting = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().FindAsync(id));
        Assert.Equal(RequestState.ReceiptIssued, waiting!.State);
        Assert.DoesNotContain(waiting.IssuedFiles, f => f.Kind == IssuedFileKind.Product);

        foreach (var (path, content) in catalogueFiles)
        {
            await File.WriteAllBytesAsync(path, content);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        var product = PdfText(await customer.Client.GetByteArrayAsync(ProductLinkIn(await TextOfAsync(customer, requestUrl))));
        Assert.Contains("Untuk Ani Lestari - Permintaan", product, StringComparison.Ordinal);
    }
}

public sealed class PostgreSqlPaymentTests : PaymentTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
