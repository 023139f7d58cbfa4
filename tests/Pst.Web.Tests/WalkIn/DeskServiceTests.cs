using System.Net;
using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.WalkIn;

/// <summary>
/// A visitor served at the desk on the walk-in variant of the request lifecycle: ticket, guest book, a request made
/// with them on their own (new) account, documents shown, offer, cash to the treasurer with the receipt at once,
/// handover, their check, and their satisfaction survey on the tablet tied to the ticket.
/// </summary>
public abstract partial class DeskServiceTests<TFactory> : WalkInTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Email = "budi.walkin@example.org";

    [Fact]
    public async Task A_visitor_buys_a_publication_at_the_desk_pays_cash_gets_it_and_rates_the_service()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");

        // Ticket at the kiosk; the officer calls and starts it at Loket 1.
        var ticketUrl = (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString;
        var ticketId = ticketUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Start", ("ticket", ticketId)), "/admin/antrian?loket=loket-1");
        var console = await TextOfAsync(officer, "/admin/antrian?loket=loket-1");
        Assert.Contains($"/admin/antrian/tiket/{ticketId}/permintaan", console, StringComparison.Ordinal);
        var ticketNumber = Regex.Match(console, "id=\"active-number\">([A-Z]{1,3}[0-9]{3})<").Groups[1].Value;

        // No request before the guest book; the visit's survey waits until the visitor is served.
        var deskUrl = $"/admin/antrian/tiket/{ticketId}/permintaan";
        Assert.Contains("id=\"no-guest-book\"", await TextOfAsync(officer, deskUrl), StringComparison.Ordinal);
        var surveyUrl = Pst.Core.Feedback.SurveySubjectKinds.AddressOf(Pst.Core.Feedback.SurveySubjectKinds.Ticket, Guid.Parse(ticketId));
        Assert.Contains("id=\"not-yet\"", await TextOfAsync(visitor, surveyUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"/admin/buku-tamu/isi?tiket={ticketId}",
            ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101900001"), ("Input.Name", "Budi Santoso"), ("Input.Email", Email),
            ("Input.Institution", "CV Maju"), ("Input.Segment", "Individual"), ("Input.Purpose", "Membeli publikasi")), "/admin/buku-tamu");

        // The request is opened on a new account for the visitor, who is mailed a link to choose a password.
        var opened = await Forms.PostAsync(officer.Client, deskUrl);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var staffUrl = opened.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/permintaan/[0-9a-f-]{36}$", staffUrl);
        var requestId = staffUrl.Split('/')[^1];
        Assert.Contains($"href=\"{staffUrl}\" id=\"open-request\"", await TextOfAsync(officer, deskUrl), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{staffUrl}\">Buka permintaan pengguna layanan</a>", await TextOfAsync(officer, "/admin/buku-tamu"), StringComparison.Ordinal);

        // The supervisor follows the guest book's link to the request and reads it (no step offered).
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas.loket@example.org", "Supervisor");
        Assert.Contains($"<a href=\"{staffUrl}\">Buka permintaan pengguna layanan</a>", await TextOfAsync(supervisor, "/admin/buku-tamu"), StringComparison.Ordinal);
        Assert.Contains("id=\"read-only\"", await TextOfAsync(supervisor, staffUrl), StringComparison.Ordinal);
        var draft = await TextOfAsync(officer, staffUrl);
        Assert.Contains("id=\"walk-in\"", draft, StringComparison.Ordinal);
        Assert.Contains($"/katalog/jateng-dalam-angka-2026?meja={requestId}", draft, StringComparison.Ordinal);
        Assert.Contains("Identitas diri (KTP/SIM/Paspor)", draft, StringComparison.Ordinal); // shown at the desk, a walk-in requirement

        // The officer shows the visitor the product's tariff and adds it; a customer cannot add to someone's desk request.
        var item = $"{Item}?meja={requestId}";
        Assert.Contains("Tambahkan ke permintaan pengguna layanan", await TextOfAsync(officer, item), StringComparison.Ordinal);
        using (var stranger = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Orang Lain", Pst.Core.Kernel.CustomerSegment.Individual))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(stranger.Client, item, ("choice.format", "softcopy"), ("meja", requestId))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, await stranger.StatusOfAsync(staffUrl));
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, item, ("choice.format", "softcopy"), ("meja", requestId)), staffUrl);
        // A scan that is no PDF or image is refused and nothing is kept; a real one is kept; then the officer decides
        // the card was only shown, and no copy stays on the request.
        var refusedScan = await TextOfAsync(await Forms.UploadAsync(officer.Client, staffUrl + "?handler=Scan", "file", "bukan berkas"u8.ToArray(), "ktp.pdf", "application/pdf", ("code", "identity")));
        Assert.Contains("Hanya berkas PDF, JPEG, atau PNG yang diterima.", refusedScan, StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.UploadAsync(officer.Client, staffUrl + "?handler=Scan", "file", Png, "ktp.png", "image/png", ("code", "identity")), staffUrl);
        Assert.Contains("Buka berkas yang diunggah", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Shown", ("code", "identity")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Submit"), staffUrl);
        var sent = await TextOfAsync(officer, staffUrl);
        Assert.Matches("Permintaan PST-\\d{4}-\\d{5}", sent);
        Assert.Contains("Ditunjukkan di loket; salinannya tidak disimpan.", sent, StringComparison.Ordinal);

        // Checked, offered (the invoice printed from the page), and the visitor's acceptance recorded by the officer.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "identity")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        var complete = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Persyaratan lengkap. Siapkan penawaran untuk pengunjung.", complete, StringComparison.Ordinal);
        Assert.DoesNotContain("10 hari kerja dimulai", complete, StringComparison.Ordinal); // the online limit; the desk serves within the visit
        Assert.Contains("data-clock=\"Served at the desk\">Dilayani di loket<", await TextOfAsync(officer, "/admin/permintaan"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        var offered = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Dicatat atas nama pengguna layanan di loket.", offered, StringComparison.Ordinal);
        Assert.Contains("Budi Santoso", await IssuedTextAsync(officer, staffUrl, offered, "Invoice"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptOffer")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);

        // Cash to the treasurer: too little is refused and nothing changes; the amount due gives the receipt at once.
        var deskPayment = $"/admin/pembayaran/{requestId}";
        var due = DueAmount().Match(await TextOfAsync(treasurer, deskPayment)).Groups[1].Value;
        Assert.NotEqual("", due);
        var beforeCash = await TextOfAsync(supervisor, deskPayment); // the supervisor reads what the treasurer is about to do, with no form
        Assert.Contains("id=\"read-only\"", beforeCash, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"take-cash\"", beforeCash, StringComparison.Ordinal);
        Assert.Contains("id=\"take-cash\"", await TextOfAsync(treasurer, deskPayment), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(supervisor.Client, deskPayment + "?handler=Cash", ("received", due))).StatusCode);
        Assert.Contains("kurang dari jumlah tagihan", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Cash", ("received", "1.000"))), StringComparison.Ordinal);
        Assert.Contains("rupiah bulat", await TextOfAsync(await Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Cash", ("received", "lima puluh ribu"))), StringComparison.Ordinal);
        // The visitor hands over 100,000 more than due: the treasurer is told the change, once.
        var tendered = long.Parse(due.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) + 100_000;
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Cash", ("received", tendered.ToString(System.Globalization.CultureInfo.InvariantCulture))), deskPayment);
        var paid = await TextOfAsync(treasurer, deskPayment);
        Assert.Contains("Pembayaran tunai tercatat dan kuitansi diterbitkan.", paid, StringComparison.Ordinal);
        Assert.Contains("id=\"change-due\" class=\"alert alert-info fs-5\" role=\"status\">Berikan kembalian Rp100.000,00.<", paid, StringComparison.Ordinal);
        Assert.Contains("id=\"payment-method\">tunai di loket<", paid, StringComparison.Ordinal);
        Assert.Contains($"id=\"due\">Rp{due},00<", paid, StringComparison.Ordinal); // the payment is the amount due, not the cash handed over
        Assert.DoesNotContain("id=\"change-due\"", await TextOfAsync(treasurer, deskPayment), StringComparison.Ordinal);

        // The treasurer prints the receipt from the payment page and opens the request it belongs to (read only).
        Assert.Contains($"href=\"{deskPayment}?handler=PrintReceipt\"", paid, StringComparison.Ordinal);
        var printed = await treasurer.Client.GetAsync(deskPayment + "?handler=PrintReceipt");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tunai kepada bendahara di loket PST", PdfText(await printed.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var asTreasurer = await TextOfAsync(treasurer, staffUrl);
        Assert.Contains("id=\"read-only\"", asTreasurer, StringComparison.Ordinal);
        Assert.Contains($"href=\"{deskPayment}\"", asTreasurer, StringComparison.Ordinal);

        // The supervisor reads the payment and its receipt, and is offered no step.
        var asSupervisor = await TextOfAsync(supervisor, deskPayment);
        Assert.Contains("id=\"read-only\"", asSupervisor, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"{deskPayment}?handler=", asSupervisor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await supervisor.StatusOfAsync(deskPayment + "?handler=PrintReceipt"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(supervisor.Client, deskPayment + "?handler=Receipt")).StatusCode);
        var afterPayment = await TextOfAsync(officer, staffUrl);
        var receipt = await IssuedTextAsync(officer, staffUrl, afterPayment, "Kuitansi");
        Assert.Contains("Tunai kepada bendahara di loket PST", receipt, StringComparison.Ordinal);

        // Anyone checks the numbers the visitor's papers carry: the queue slip's on the day printed on it (typed in
        // small letters), and the request's, which leads to the receipt; never the visitor's name.
        using (var anyone = new SiteSession(Factory))
        {
            var today = Pst.Core.Kernel.OfficeTime.DateOf(Factory.Clock.GetUtcNow());
            Assert.Equal($"/verifikasi/{ticketNumber}", await anyone.RedirectOfAsync($"/verifikasi?nomor={ticketNumber.ToLowerInvariant()}"));
            var slip = await TextOfAsync(anyone, $"/verifikasi/{ticketNumber}");
            Assert.Contains("Nomor ini diberikan oleh kantor ini.", slip, StringComparison.Ordinal);
            Assert.Contains("Slip nomor antrian", slip, StringComparison.Ordinal);
            Assert.Contains("Penjualan produk statistik", slip, StringComparison.Ordinal);
            Assert.DoesNotContain("Budi", slip, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, await anyone.StatusOfAsync($"/verifikasi/{ticketNumber}?tanggal={today.AddDays(-1):yyyy-MM-dd}"));
            Assert.Contains("Kantor ini tidak menerbitkan dokumen dengan nomor", await TextOfAsync(anyone, $"/verifikasi?nomor={ticketNumber}&tanggal={today.AddDays(-1):yyyy-MM-dd}"), StringComparison.Ordinal);
            Assert.Equal($"/verifikasi/{ticketNumber}?tanggal={today:yyyy-MM-dd}", await anyone.RedirectOfAsync($"/verifikasi?nomor={ticketNumber}&tanggal={today:yyyy-MM-dd}"));

            var requestNumber = Regex.Match(afterPayment, "PST-\\d{4}-\\d{5}").Value;
            Assert.Equal($"/verifikasi/{requestNumber}", await anyone.RedirectOfAsync($"/verifikasi?nomor={requestNumber}"));
            var requestPage = await TextOfAsync(anyone, $"/verifikasi/{requestNumber}");
            var receiptNumber = Regex.Match(requestPage, "href=\"/verifikasi/(KW-\\d{4}-\\d{5})\">").Groups[1].Value;
            Assert.NotEqual("", receiptNumber);
            Assert.Contains("Kunjungan langsung", requestPage, StringComparison.Ordinal);
            Assert.DoesNotContain("Budi", requestPage, StringComparison.Ordinal);
            Assert.Contains($"href=\"/verifikasi/{requestNumber}\"", await TextOfAsync(anyone, $"/verifikasi/{receiptNumber}"), StringComparison.Ordinal);
        }

        // Handover on the visitor's media, the visitor's check, and the satisfaction survey on the tablet.
        Assert.Contains("Pilih cara produk diserahkan.", await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"), ("handover", "VisitorMedia")), staffUrl);
        Assert.Contains("Diserahkan: pada media milik pengguna layanan", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        Assert.Contains("Anda dapat mengisi survei setelah memeriksa dan menerima produk Anda.", await TextOfAsync(visitor, surveyUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptProduct")), staffUrl);
        Assert.Equal(surveyUrl, await officer.RedirectOfAsync($"/admin/antrian/survei/{requestId}"));
        var tablet = await TextOfAsync(officer, surveyUrl); // the tablet the officer signed in: no staff area, no account, no menu
        Assert.Contains("id=\"tablet-header\"", tablet, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin\"", tablet, StringComparison.Ordinal);
        Assert.DoesNotContain("petugas@example.org", tablet, StringComparison.Ordinal);
        Assert.DoesNotContain("/akun/keluar", tablet, StringComparison.Ordinal);
        Assert.Contains("Jawab semua pertanyaan: U9 belum dijawab.", await TextOfAsync(await Pst.Web.Tests.Feedback.SurveySteps.AnswerAsync(visitor, surveyUrl, "44444444 ")), StringComparison.Ordinal);
        await ExpectRedirectAsync(Pst.Web.Tests.Feedback.SurveySteps.AnswerAsync(visitor, surveyUrl, "444444444", "Cepat dan ramah"), surveyUrl);
        Assert.Contains("id=\"answered\"", await TextOfAsync(visitor, surveyUrl), StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Dinilai<", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        // The visitor chooses a password from the e-mailed link, which confirms the address, and finds the request and its receipt online.
        var invitation = await Mailbox.WaitForAsync(Factory.MailDirectory, Email, "Akun Anda di PST");
        var link = Mailbox.LinkIn(invitation);
        Assert.StartsWith("/akun/atur-ulang-sandi?", link, StringComparison.Ordinal);
        Assert.Contains("id=\"reset\"", await TextOfAsync(await Forms.PostAsync(visitor.Client, link, ("Input.NewPassword", "sandi-baru-budi-1"), ("Input.ConfirmPassword", "sandi-baru-budi-1"))), StringComparison.Ordinal);
        await Mailbox.WaitForAsync(Factory.MailDirectory, Email, "Kuitansi permintaan " + Regex.Match(afterPayment, "PST-\\d{4}-\\d{5}").Value);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SignInAsync(Email, "sandi-baru-budi-1")).StatusCode);
        Assert.Contains($"/permintaan/{requestId}", await TextOfAsync(visitor, "/permintaan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_at_the_desk_claims_the_zero_tariff_and_the_invoice_waits_for_the_decision()
    {
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var (_, staffUrl, requestId) = await OpenDeskRequestAsync(visitor, officer);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"{Item}?meja={requestId}", ("choice.format", "softcopy"), ("meja", requestId)), staffUrl);
        Assert.Contains("id=\"zero-tariff-form\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        // The visitor (a student of Universitas Negeri Semarang) claims it; the request letter is then required.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=ClaimZeroTariff", ("category", "DomesticEducation"), ("purpose", "ResearchAndScience")), staffUrl);
        var claimed = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Pengunjung mengajukan tarif nol rupiah.", claimed, StringComparison.Ordinal);
        Assert.Contains("Surat permohonan tarif nol rupiah", claimed, StringComparison.Ordinal);
        Assert.Contains("Tarif nol rupiah sebagai Instansi pemerintah daerah hanya untuk profil dengan segmen Instansi pemerintah.",
            await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=ClaimZeroTariff", ("category", "RegionalGovernment"), ("purpose", "GovernmentDuty"))), StringComparison.Ordinal);

        foreach (var code in new[] { "identity", "zero-tariff-request-letter" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Shown", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Submit"), staffUrl);
        foreach (var code in new[] { "identity", "zero-tariff-request-letter" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        Assert.Contains("id=\"offer-waits\"", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=ZeroTariff", ("approve", "true")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        Assert.Contains("id=\"total\">Rp0,00", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_customer_at_the_desk_has_the_invoice_corrected_pays_by_billing_code_and_gets_the_product_by_e_mail()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "rina.desk@example.org", "Rina Kartika", Pst.Core.Kernel.CustomerSegment.Individual);
        using var visitor = new SiteSession(Factory);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var ticketId = (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"/admin/buku-tamu/isi?tiket={ticketId}",
            ("Input.IdentityDocumentType", "Sim"), ("Input.IdentityNumber", "990112345678"), ("Input.Name", "Rina K."), ("Input.Email", "rina.desk@example.org"),
            ("Input.Segment", "Individual"), ("Input.Purpose", "Membeli publikasi")), "/admin/buku-tamu");

        // Her own account is found by the e-mail address: the request is hers online too, and her profile's name is kept.
        var staffUrl = (await Forms.PostAsync(officer.Client, $"/admin/antrian/tiket/{ticketId}/permintaan")).Headers.Location!.OriginalString;
        var requestId = staffUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"{Item}?meja={requestId}", ("choice.format", "softcopy"), ("meja", requestId)), staffUrl);

        // Meanwhile her own online cart stays apart from the request made with her at the desk.
        var cart = await AddToRequestAsync(customer, "softcopy");
        Assert.NotEqual($"/permintaan/{requestId}", cart);

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Shown", ("code", "identity")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Submit"), staffUrl);
        Assert.Contains("Rina Kartika", await TextOfAsync(customer, $"/permintaan/{requestId}"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "identity")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        var number = Regex.Match(await TextOfAsync(officer, staffUrl), "PST-\\d{4}-\\d{5}").Value;

        // On the spot: she asks for her institution on the invoice; the officer corrects it and she accepts.
        Assert.Contains("Mohon isi alasannya.", await TextOfAsync(await Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "RequestOfferCorrection"))), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "RequestOfferCorrection"), ("reason", "Cantumkan instansi: Bappeda Kota Semarang")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Answer", ("answer", "Sudah diperbaiki"), ("name", "Rina Kartika"), ("institution", "Bappeda Kota Semarang")), staffUrl);
        var corrected = await TextOfAsync(officer, staffUrl);
        Assert.Contains("Bappeda Kota Semarang", await IssuedTextAsync(officer, staffUrl, corrected, "Invoice"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptOffer")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);

        // She pays at the bank with a billing code instead of cash.
        var deskPayment = $"/admin/pembayaran/{requestId}";
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Billing"), deskPayment);
        var code = Regex.Match(await TextOfAsync(customer, $"/permintaan/{requestId}/pembayaran"), "id=\"billing-code\">([0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", code)), "/admin/simponi");
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Confirm"), deskPayment);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskPayment + "?handler=Receipt"), deskPayment);

        // Handed over as an e-mailed download link; a product correction is answered the same way.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver"), ("handover", "EmailLink")), staffUrl);
        var delivered = await Mailbox.WaitForAsync(Factory.MailDirectory, "rina.desk@example.org", $"Produk permintaan {number} siap diunduh");
        Assert.Equal($"/permintaan/{requestId}", Mailbox.LinkIn(delivered));
        Assert.Contains("href=\"/unduh/", await TextOfAsync(customer, $"/permintaan/{requestId}"), StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "RequestProductCorrection"), ("reason", "Berkas tidak terbuka")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Redeliver"), ("answer", "Dikirim ulang"), ("handover", "EmailLink")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "AcceptProduct")), staffUrl);
        Assert.Contains("id=\"state\">Selesai<", await TextOfAsync(officer, staffUrl), StringComparison.Ordinal);

        // At the desk nobody is mailed to act: no invoice e-mail, and no new account for her.
        var subjects = Directory.GetFiles(Factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(x => x.Address == "rina.desk@example.org")).Select(m => m.Subject).ToList();
        Assert.DoesNotContain($"Invoice permintaan {number}", subjects);
        Assert.DoesNotContain("Akun Anda di PST", subjects);
        Assert.Contains($"Kuitansi permintaan {number}", subjects);
    }

    [GeneratedRegex("id=\"due\">Rp([0-9.]+),00<")]
    private static partial Regex DueAmount();
}

public sealed class SqliteDeskServiceTests : DeskServiceTests<SqliteAppFactory>;

public sealed class PostgreSqlDeskServiceTests : DeskServiceTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
