using Microsoft.Playwright;
using Pst.Core.Kernel;
using UglyToad.PdfPig;

namespace Pst.Browser.Tests;

/// <summary>
/// The whole online procedure in Chromium with three people at once, each in their own browser: a business buys
/// a publication, the officer serves it, the treasurer takes the payment. On the way: a rejected document, an
/// invoice correction, an expired billing code re-issued, the receipt, the stamped download, a product
/// correction, completion and the rating. Every page a person sees passes axe-core; screenshots are kept.
/// </summary>
public sealed class OnlineOrderJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly byte[] Npwp = "%PDF-1.4\n% NPWP CV Data Jaya\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_customer_an_officer_and_a_treasurer_take_a_request_from_the_catalogue_to_the_rating()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "rina.browser@example.org", "Rina Kartika", "Customer", CustomerSegment.PrivateBusiness, "CV Data Jaya");
        await BrowserPeople.CreateAsync(site, "petugas.browser@example.org", "Budi Santoso", "Officer");
        await BrowserPeople.CreateAsync(site, "bendahara.browser@example.org", "Sri Wahyuni", "Treasurer");
        await using var customerBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        await using var treasurerBrowser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(customerBrowser, "rina.browser@example.org");
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "petugas.browser@example.org", staff: true);
        var treasurer = await BrowserPeople.SignInAsync(treasurerBrowser, "bendahara.browser@example.org", staff: true);

        // The customer orders the publication: the business's NPWP is asked for, and a real PDF of it uploaded.
        await customer.GotoAsync("/katalog");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Provinsi Jawa Tengah Dalam Angka 2026" }).ClickAsync();
        await PageChecks.CheckAsync(customer, "50-pelanggan-produk");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan saya" }).ClickAsync();
        await customer.Locator("#document-npwp").WaitForAsync();
        var requestUrl = new Uri(customer.Url).AbsolutePath;
        await PageChecks.CheckAsync(customer, "51-pelanggan-draf");
        await UploadAsync(customer, "npwp", Npwp, "npwp.pdf");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan" }).ClickAsync();
        await Expect(customer.Locator("#state"), "Diajukan");
        var number = (await customer.Locator("h1").TextContentAsync())!.Replace("Permintaan ", "", StringComparison.Ordinal).Trim();
        await PageChecks.CheckAsync(customer, "52-pelanggan-diajukan");

        // The officer rejects the NPWP and returns the request.
        await officer.GotoAsync("/admin/permintaan");
        await PageChecks.CheckAsync(officer, "53-petugas-antrean");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await officer.GetByLabel("Mengapa ditolak?").FillAsync("NPWP tidak terbaca");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tolak", Exact = true }).ClickAsync();
        await officer.GetByLabel("Pesan kepada pengguna layanan tentang dokumen yang perlu diperbaiki").FillAsync("Mohon unggah NPWP yang jelas");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kembalikan untuk perbaikan" }).ClickAsync();
        await Expect(officer.Locator("#state"), "Perlu perbaikan dokumen");
        await PageChecks.CheckAsync(officer, "54-petugas-dikembalikan");

        // The customer sees why, uploads it again and sends the correction.
        await customer.ReloadAsync();
        await Expect(customer.Locator("#document-npwp"), "Ditolak: NPWP tidak terbaca");
        await PageChecks.CheckAsync(customer, "55-pelanggan-perbaikan-dokumen");
        await UploadAsync(customer, "npwp", Npwp, "npwp-jelas.pdf");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Ajukan ulang" }).ClickAsync();
        await Expect(customer.Locator("#state"), "Diajukan");

        // The officer accepts it, declares the requirements complete and sends the invoice.
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nyatakan persyaratan lengkap" }).ClickAsync();
        await Expect(officer.Locator("#clock"), "sisa 10 hari kerja");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).ClickAsync();
        await Expect(officer.Locator("#state"), "Diperiksa pengguna layanan");

        // The customer asks for the invoice to be corrected; the officer corrects the institution.
        await customer.ReloadAsync();
        await PageChecks.CheckAsync(customer, "56-pelanggan-invoice");
        await customer.GetByLabel("Apa yang perlu diperbaiki pada invoice, contoh data, atau perjanjian?").FillAsync("Nama usaha seharusnya CV Data Jaya Abadi");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Minta perbaikan invoice" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByLabel("Instansi pada dokumen").FillAsync("CV Data Jaya Abadi");
        await officer.GetByLabel("Jawaban Anda kepada pengguna layanan").FillAsync("Sudah kami perbaiki");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tanggapi perbaikan" }).ClickAsync();
        await customer.ReloadAsync();
        await Expect(customer.Locator("#timeline"), "Sudah kami perbaiki");
        Assert.Contains("CV Data Jaya Abadi", await DownloadTextAsync(customer, customer.Locator("#issued-files a").First), StringComparison.Ordinal);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Setujui invoice" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Produk siap" }).ClickAsync();

        // The treasurer issues a billing code; it expires unpaid; a new one is paid and the receipt issued.
        await treasurer.GotoAsync("/admin/pembayaran");
        await PageChecks.CheckAsync(treasurer, "57-bendahara-pembayaran");
        await treasurer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kode billing" }).ClickAsync();
        await customer.GotoAsync(requestUrl + "/pembayaran");
        await customer.Locator("#billing-code").WaitForAsync();
        await PageChecks.CheckAsync(customer, "58-pelanggan-kode-billing");
        site.Clock.Advance(TimeSpan.FromDays(8));
        await customer.ReloadAsync();
        await customer.Locator("#billing-expired").WaitForAsync();
        await treasurer.ReloadAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kode billing baru" }).ClickAsync();
        await PageChecks.CheckAsync(treasurer, "59-bendahara-kode-billing-baru");
        await treasurer.GotoAsync("/admin/simponi");
        await PageChecks.CheckAsync(treasurer, "60-bendahara-simulator");
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Bayar sebagai pengguna layanan" }).ClickAsync();
        await treasurer.GotoAsync("/admin/pembayaran");
        await treasurer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi pembayaran" }).ClickAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kuitansi" }).ClickAsync();
        await treasurer.Locator("#receipt").WaitForAsync();
        await PageChecks.CheckAsync(treasurer, "61-bendahara-kuitansi");

        // The officer delivers; the customer downloads the publication stamped with their name and the request.
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim produk" }).ClickAsync();
        await customer.GotoAsync(requestUrl);
        await PageChecks.CheckAsync(customer, "62-pelanggan-produk-dikirim");
        var stamped = await DownloadTextAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Produk" }).First);
        Assert.Contains($"Untuk Rina Kartika - Permintaan {number}", stamped, StringComparison.Ordinal);

        // A product correction, a new delivery, acceptance and the rating.
        await customer.ReloadAsync();
        await customer.GetByLabel("Apa yang perlu diperbaiki pada produk?").FillAsync("Mohon kirim ulang, berkas terpotong");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Minta perbaikan produk" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByLabel("Jawaban Anda kepada pengguna layanan").FillAsync("Sudah kami kirim ulang");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim ulang produk" }).ClickAsync();
        await customer.ReloadAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Terima produk" }).ClickAsync();
        await PageChecks.CheckAsync(customer, "63-pelanggan-penilaian");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Isi survei kepuasan" }).ClickAsync();
        await PageChecks.CheckAsync(customer, "63b-pelanggan-survei");
        await SurveyForm.AnswerAsync(customer, "343444344", "Cepat dan jelas");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Kembali" }).ClickAsync();
        await Expect(customer.Locator("#rating"), "Anda telah mengisi survei kepuasan.");
        await Expect(customer.Locator("#state"), "Dinilai");
        await PageChecks.CheckAsync(customer, "64-pelanggan-selesai");

        // The officer saw the same timeline.
        await officer.ReloadAsync();
        Assert.Equal(await customer.Locator("#timeline").InnerTextAsync(), await officer.Locator("#timeline").InnerTextAsync());
    }

    private static async Task UploadAsync(IPage page, string code, byte[] content, string name)
    {
        var document = page.Locator($"#document-{code}");
        await document.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = content });
        await document.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await page.Locator("#notice").WaitForAsync();
    }

    private static Task Expect(ILocator locator, string text) =>
        Assertions.Expect(locator).ToContainTextAsync(text);

    /// <summary>Clicks a link that downloads a PDF and reads the file back.</summary>
    private static async Task<string> DownloadTextAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(path!));
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
