using Microsoft.Playwright;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>
/// A researcher living abroad buys microdata in English, in Chromium, on the default recipe: she registers with a
/// name outside ASCII, gives her passport, writes the abstract, accepts the bilingual invoice, pays by bank transfer
/// (a first proof rejected by mail, a second verified), signs the agreement from abroad and downloads the extract.
/// Every document is read back with pdftotext and must print her name exactly. Every page passes axe-core.
/// </summary>
public sealed class ForeignCustomerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Name = "Anna Müller-Łukasiewicz";
    private const string Email = "anna.mueller@example.de";
    private static readonly byte[] Proof = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static readonly byte[] SignedScan = "%PDF-1.4\n% SPPD signed with e-meterai\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_researcher_abroad_buys_microdata_in_English_pays_by_transfer_after_a_rejected_proof_and_downloads_it()
    {
        BrowserSite.SkipUnlessAvailable();
        DebianTools.Require("/usr/bin/pdftotext", "poppler-utils"); // before any account is made
        await BrowserPeople.CreateAsync(site, "admin.luar@example.org", "Rina Administrator", "Administrator");
        await BrowserPeople.CreateAsync(site, "petugas.luar@example.org", "Budi Santoso", "Officer");
        await BrowserPeople.CreateAsync(site, "bendahara.luar@example.org", "Sri Wahyuni", "Treasurer");
        await using var adminBrowser = await site.NewVisitorAsync();
        await using var customerBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        await using var treasurerBrowser = await site.NewVisitorAsync();

        // The administrator publishes the office's account for transfers from abroad on the payment settings screen.
        var admin = await BrowserPeople.SignInAsync(adminBrowser, "admin.luar@example.org", staff: true);
        await admin.GotoAsync("/admin/pembayaran/pengaturan");
        await admin.GetByLabel("Bank", new() { Exact = true }).FillAsync("Bank Uji Coba");
        await admin.GetByLabel("Nama rekening").FillAsync("RPL 030 BPS Provinsi Jawa Tengah");
        await admin.GetByLabel("Nomor rekening").FillAsync("1350 0012 3456 7");
        await admin.GetByLabel("SWIFT").FillAsync("bmriidja");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#saved")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByLabel("SWIFT")).ToHaveValueAsync("BMRIIDJA");
        await PageChecks.CheckAsync(admin, "a0-luar-rekening");

        // She registers in English, confirms by the e-mailed link and completes her profile with her passport.
        var customer = await customerBrowser.NewPageAsync();
        await customer.GotoAsync("/");
        await customer.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await customer.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Register", Exact = true }).ClickAsync();
        await customer.GetByLabel("Full name").FillAsync(Name);
        await customer.GetByLabel("Email", new() { Exact = true }).FillAsync(Email);
        await customer.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserPeople.Password);
        await customer.GetByLabel("Confirm password").FillAsync(BrowserPeople.Password);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await customer.GotoAsync(Mailbox.LinkIn(await Mailbox.WaitForAsync(site.MailDirectory, Email, "Activate your account")));
        await customer.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await customer.GetByLabel("Email", new() { Exact = true }).FillAsync(Email);
        await customer.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserPeople.Password);
        await customer.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await customer.GotoAsync("/akun/profil");
        await customer.GetByLabel("Identity document").SelectOptionAsync("Passport");
        await customer.GetByLabel("Identity number").FillAsync("C01X00T47");
        await customer.GetByLabel("Phone").FillAsync("+49 30 12345678");
        await customer.GetByLabel("Segment").SelectOptionAsync("Researcher");
        await customer.GetByLabel("Institution").FillAsync("Universität Leipzig");
        await customer.GetByLabel("Domicile").SelectOptionAsync("Abroad");
        await Assertions.Expect(customer.GetByLabel("Language for e-mails and documents")).ToHaveValueAsync("en"); // as she registered
        await PageChecks.CheckAsync(customer, "a1-luar-profil");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#saved")).ToBeVisibleAsync();

        // She picks one kabupaten/kota and a variable, writes the abstract and sends the request.
        await customer.GotoAsync("/katalog/susenas-kor-rt-2025-03");
        await customer.GetByLabel("Selected kabupaten/kota").CheckAsync();
        await customer.Locator("#choice-regencies-3374").CheckAsync();
        await customer.Locator("#choice-variables-R1807").CheckAsync();
        await Assertions.Expect(customer.Locator("#total")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(customer, "a2-luar-pilihan");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Add to my request" }).ClickAsync();
        await customer.Locator("#document-data-use-abstract").WaitForAsync();
        var requestUrl = new Uri(customer.Url).AbsolutePath;
        await customer.GetByRole(AriaRole.Link, new() { Name = "Write the abstract" }).ClickAsync();
        await customer.GetByLabel("Title of the work").FillAsync("Access to safe drinking water in Semarang");
        await customer.GetByLabel("Purpose of the data use").FillAsync("Comparing households' access to safe drinking water.");
        await customer.GetByLabel("Areas", new() { Exact = true }).FillAsync("Kota Semarang");
        await customer.GetByLabel("Variables used and why").FillAsync("R1807 — main source of drinking water");
        await customer.GetByLabel("Method of analysis").FillAsync("Weighted descriptive statistics");
        await customer.GetByLabel("Planned outputs").FillAsync("Aggregate tables");
        await customer.GetByLabel("Where the results will be published").FillAsync("Universität Leipzig working papers");
        await customer.GetByLabel("I declare that").CheckAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Save the abstract" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#state")).ToContainTextAsync("Submitted");
        var number = System.Text.RegularExpressions.Regex.Match((await customer.Locator("h1").TextContentAsync())!, @"PST-\d{4}-\d{5}").Value;

        // The officer (in Indonesian) accepts the abstract and sends the offer.
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "petugas.luar@example.org", staff: true);
        await officer.GotoAsync("/admin/permintaan");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await BrowserSteps.AcceptAbstractAndOfferAsync(officer);

        // The invoice and the agreement print her name and passport, in Indonesian with English under it, and the
        // agreement says how to sign from abroad.
        await customer.ReloadAsync();
        await PageChecks.CheckAsync(customer, "a3-luar-penawaran");
        var invoice = DebianTools.PdfText(await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Invoice" })));
        Assert.Contains(Name, invoice, StringComparison.Ordinal);
        Assert.Contains("Paspor C01X00T47", invoice, StringComparison.Ordinal);
        Assert.Contains("Total due", invoice, StringComparison.Ordinal);
        var agreement = DebianTools.PdfText(await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Data use agreement" })));
        Assert.Contains(Name, agreement, StringComparison.Ordinal);
        Assert.Contains("e-meterai", agreement, StringComparison.Ordinal);
        Assert.Contains("does not copy the data", agreement, StringComparison.Ordinal);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Accept the invoice" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Produk siap" }).ClickAsync();

        // She pays by transfer to the published account and uploads a proof; the treasurer rejects it with a reason.
        await customer.GotoAsync(requestUrl + "/pembayaran");
        await Assertions.Expect(customer.Locator("#transfer-account")).ToContainTextAsync("BMRIIDJA");
        await PageChecks.CheckAsync(customer, "a4-luar-pembayaran");
        await customer.GetByLabel("Proof of transfer").SetInputFilesAsync(new FilePayload { Name = "transfer.png", MimeType = "image/png", Buffer = Proof });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        var treasurer = await BrowserPeople.SignInAsync(treasurerBrowser, "bendahara.luar@example.org", staff: true);
        await treasurer.GotoAsync(Mailbox.LinkIn(await Mailbox.WaitForAsync(site.MailDirectory, "bendahara.luar@example.org", $"Bukti transfer permintaan {number}")));
        await treasurer.GetByPlaceholder("Mengapa ditolak?").FillAsync("The request number is missing from the transfer's description");
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Tolak" }).ClickAsync();
        var rejection = await Mailbox.WaitForAsync(site.MailDirectory, Email, $"Proof of transfer for request {number} not accepted");
        Assert.Contains("The request number is missing", rejection.TextBody, StringComparison.Ordinal);

        // A second proof from the link in the mail; the treasurer records what the statement shows and verifies it.
        await customer.GotoAsync(Mailbox.LinkIn(rejection));
        await customer.GetByLabel("Proof of transfer").SetInputFilesAsync(new FilePayload { Name = "transfer-2.png", MimeType = "image/png", Buffer = Proof });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(customer.Locator("main")).ToContainTextAsync("Waiting for verification");
        await treasurer.ReloadAsync();
        var due = (await treasurer.GetByLabel("Jumlah diterima (Rp)").GetAttributeAsync("placeholder"))!; // the amount due, "Rp…,00"
        await treasurer.GetByLabel("Jumlah diterima (Rp)").FillAsync(System.Text.RegularExpressions.Regex.Replace(due.Split(',')[0], "[^0-9]", ""));
        await treasurer.GetByLabel("Tanggal masuk").FillAsync(OfficeTime.DateOf(site.Clock.GetUtcNow()).ToString("yyyy-MM-dd"));
        await treasurer.GetByLabel("Referensi bank").FillAsync("DEUT-2026-118");
        await PageChecks.CheckAsync(treasurer, "a5-luar-verifikasi");
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan konfirmasi pembayaran" }).ClickAsync();
        await Assertions.Expect(treasurer.Locator("#reference-value")).ToHaveTextAsync("DEUT-2026-118");

        // She signs with an e-meterai as the page explains for customers abroad, and sends the file.
        await customer.GotoAsync(requestUrl);
        await Assertions.Expect(customer.Locator("#signing-abroad")).ToContainTextAsync("e-meterai");
        await customer.GetByLabel("Scan of the signed agreement").SetInputFilesAsync(new FilePayload { Name = "agreement-signed.pdf", MimeType = "application/pdf", Buffer = SignedScan });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Send the signed agreement" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima perjanjian bertanda tangan" }).ClickAsync();
        await treasurer.ReloadAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kuitansi" }).ClickAsync();
        await treasurer.Locator("#receipt").WaitForAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim produk" }).ClickAsync();

        // The receipt names her exactly, in both languages; the extract downloads.
        await customer.ReloadAsync();
        await PageChecks.CheckAsync(customer, "a6-luar-produk");
        var receipt = DebianTools.PdfText(await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Receipt" })));
        Assert.Contains($"{Name}, Universität Leipzig", receipt, StringComparison.Ordinal);
        Assert.Contains("Received from", receipt, StringComparison.Ordinal);
        Assert.Contains("DEUT-2026-118", receipt, StringComparison.Ordinal);
        var extract = await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Product" }).First);
        Assert.Equal("PK"u8.ToArray(), extract[..2]);
    }

    [Fact]
    public async Task On_a_390_px_phone_the_price_and_the_request_show_every_amount_and_the_remove_button_without_sideways_scrolling()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "ponsel.luar@example.org", "Jonas Øster-Łęcki", "Customer", CustomerSegment.Researcher, "Aarhus Universitet");
        await using var phone = await site.NewVisitorAsync(new ViewportSize { Width = 390, Height = 844 });
        var customer = await BrowserPeople.SignInAsync(phone, "ponsel.luar@example.org");
        await customer.GotoAsync("/bahasa/en?returnUrl=/katalog/susenas-kor-rt-2025-03");

        // The live estimate: its amounts within the screen.
        await customer.GetByLabel("Selected kabupaten/kota").CheckAsync();
        await customer.Locator("#choice-regencies-3374").CheckAsync();
        await customer.Locator("#choice-variables-R1807").CheckAsync();
        await Assertions.Expect(customer.Locator("#total")).ToBeVisibleAsync();
        await AssertWithinScreenAsync(customer, customer.Locator("#price td"));
        await PageChecks.CheckAsync(customer, "a7-ponsel-harga");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Add to my request" }).ClickAsync();
        await customer.Locator("#document-data-use-abstract").WaitForAsync();

        // Two lines on the request: each amount, the total and each remove button within the screen.
        await customer.GotoAsync("/katalog/jateng-dalam-angka-2026");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Add to my request" }).ClickAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Remove" })).ToHaveCountAsync(2);
        await AssertWithinScreenAsync(customer, customer.Locator("#request-lines td"));
        await AssertWithinScreenAsync(customer, customer.GetByRole(AriaRole.Button, new() { Name = "Remove" }));
        await PageChecks.CheckAsync(customer, "a8-ponsel-permintaan");
    }

    /// <summary>Every element is inside the 390 px wide screen and the page does not scroll sideways.</summary>
    private static async Task AssertWithinScreenAsync(IPage page, ILocator elements)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        var width = page.ViewportSize!.Width;
        foreach (var element in await elements.AllAsync())
        {
            var box = await element.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 0.5,
                $"'{(await element.TextContentAsync())?.Trim()}' lies outside the screen: x {box?.X}, width {box?.Width}.");
        }
    }

}
