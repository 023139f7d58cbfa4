using System.IO.Compression;
using Microsoft.Playwright;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Pst.Browser.Tests;

/// <summary>
/// Microdata bought in Chromium on the default recipe's synthetic Susenas dataset. Online: a student filters and
/// picks two kabupaten/kota and a variable, writes the abstract on its form, the officer reads it beside the data
/// asked and sends the sample, invoice and agreement, the treasurer takes the billing-code payment, the student
/// sends the signed agreement's scan, and downloads the extract once the receipt is issued. At the desk: the full
/// set, shown documents, cash, and the whole data file handed over. Every page a person sees passes axe-core.
/// </summary>
public sealed class MicrodataJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Dataset = "Susenas Maret 2025 KOR Rumah Tangga, Provinsi Jawa Tengah (data sintetis)";
    private static readonly byte[] SignedScan = "%PDF-1.4\n% SPPD bertanda tangan di atas meterai\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_student_buys_chosen_variables_of_two_kabupaten_kota_online_from_the_choice_to_the_download()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "sari.mikro@example.org", "Sari Wulandari", "Customer", CustomerSegment.Student, "Universitas Diponegoro");
        await BrowserPeople.CreateAsync(site, "petugas.mikro@example.org", "Budi Santoso", "Officer");
        await BrowserPeople.CreateAsync(site, "bendahara.mikro@example.org", "Sri Wahyuni", "Treasurer");
        await using var customerBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        await using var treasurerBrowser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(customerBrowser, "sari.mikro@example.org");
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "petugas.mikro@example.org", staff: true);
        var treasurer = await BrowserPeople.SignInAsync(treasurerBrowser, "bendahara.mikro@example.org", staff: true);

        // The dataset page: the areas and variables are filtered by typing, then picked.
        await customer.GotoAsync("/katalog");
        await customer.GetByRole(AriaRole.Link, new() { Name = Dataset, Exact = true }).ClickAsync();
        await customer.GetByLabel("Kabupaten/kota tertentu").CheckAsync();
        var regencies = customer.Locator("#choice-regencies");
        await regencies.GetByLabel("Cari menurut nama atau label").FillAsync("semarang");
        await Assertions.Expect(regencies.GetByLabel("3301 Kabupaten Cilacap")).ToBeHiddenAsync();
        // The estimate follows each pick as it is made; until the picks make an order, the panel says what is missing.
        var panel = customer.Locator("#price-panel");
        await regencies.GetByLabel("3374 Kota Semarang").CheckAsync();
        await Assertions.Expect(customer.Locator("#price-missing")).ToBeVisibleAsync();
        var variables = customer.Locator("#choice-variables");
        await variables.GetByLabel("Cari menurut nama atau label").FillAsync("air minum");
        await variables.GetByLabel("R1807 — Sumber air minum utama").CheckAsync();
        await Assertions.Expect(panel).ToContainTextAsync("1 dari 35");
        await Assertions.Expect(customer.Locator("#total")).ToBeVisibleAsync();
        await regencies.GetByLabel("3322 Kabupaten Semarang").CheckAsync();
        await Assertions.Expect(panel).ToContainTextAsync("2 dari 35");
        await PageChecks.CheckAsync(customer, "90-mikro-pilihan");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan saya" }).ClickAsync();
        await customer.Locator("#document-data-use-abstract").WaitForAsync();
        var requestUrl = new Uri(customer.Url).AbsolutePath;
        await Assertions.Expect(customer.Locator("#request-lines")).ToContainTextAsync("3374 Kota Semarang");

        // The abstract, on its form beside the data asked: refused while incomplete, then saved as a PDF.
        await customer.GetByRole(AriaRole.Link, new() { Name = "Isi abstraksi" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#data-asked")).ToContainTextAsync("3322 Kabupaten Semarang");
        await customer.GetByLabel("Judul kegiatan").FillAsync("Ketimpangan akses air minum layak di Semarang Raya");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Simpan abstraksi" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#abstract-Purpose-error")).ToHaveTextAsync("Bagian ini wajib diisi.");
        await Assertions.Expect(customer.GetByLabel("Judul kegiatan")).ToHaveValueAsync("Ketimpangan akses air minum layak di Semarang Raya");
        await PageChecks.CheckAsync(customer, "91-mikro-abstraksi-belum-lengkap");
        await customer.GetByLabel("Tujuan penggunaan data").FillAsync("Membandingkan akses air minum layak rumah tangga kota dan kabupaten.");
        await customer.GetByLabel("Wilayah", new() { Exact = true }).FillAsync("Kota Semarang dan Kabupaten Semarang");
        await customer.GetByLabel("Variabel yang digunakan dan alasannya").FillAsync("R1807 — sumber air minum, untuk menentukan air minum layak");
        await customer.GetByLabel("Metode analisis").FillAsync("Statistik deskriptif berpenimbang");
        await customer.GetByLabel("Bentuk keluaran").FillAsync("Tabel agregat kabupaten/kota");
        await customer.GetByLabel("Tempat hasil dipublikasikan").FillAsync("Repositori Universitas Diponegoro");
        await customer.GetByLabel("Saya menyatakan bahwa data yang saya terima").CheckAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Simpan abstraksi" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#notice")).ToContainTextAsync("Abstraksi penggunaan data tersimpan");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#state")).ToContainTextAsync("Diajukan");
        var number = (await customer.Locator("h1").TextContentAsync())!.Replace("Permintaan ", "", StringComparison.Ordinal).Trim();

        // The officer compares the abstract with the data asked, accepts it and sends the offer.
        await officer.GotoAsync("/admin/permintaan");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(officer.Locator("#abstract-content")).ToContainTextAsync("R1807 — sumber air minum, untuk menentukan air minum layak");
        await Assertions.Expect(officer.Locator("#abstract-data-asked")).ToContainTextAsync("3374 Kota Semarang");
        await PageChecks.CheckAsync(officer, "92-mikro-petugas-abstraksi");
        await BrowserSteps.AcceptAbstractAndOfferAsync(officer);

        // The student checks the sample and the agreement, which names the data exactly, and accepts.
        await customer.ReloadAsync();
        await PageChecks.CheckAsync(customer, "93-mikro-penawaran");
        var sample = await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Contoh data mikro" }));
        var sampleRows = Entry(sample, "contoh-data.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, sampleRows.Length);
        Assert.Contains("R1807", sampleRows[0], StringComparison.Ordinal);
        var agreement = PdfText(await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Surat perjanjian penggunaan data" })));
        Assert.Contains("3374 Kota Semarang", agreement, StringComparison.Ordinal);
        Assert.Contains("R1807 — Sumber air minum utama", agreement, StringComparison.Ordinal);
        await customer.GetByRole(AriaRole.Button, new() { Name = "Setujui invoice" }).ClickAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Produk siap" }).ClickAsync();

        // Paid by billing code through the simulator.
        await treasurer.GotoAsync("/admin/pembayaran");
        await treasurer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kode billing" }).ClickAsync();
        await treasurer.GotoAsync("/admin/simponi");
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Bayar sebagai pengguna layanan" }).First.ClickAsync();
        await treasurer.GotoAsync("/admin/pembayaran");
        await treasurer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi pembayaran" }).ClickAsync();

        // The student sends the signed agreement's scan; the officer opens it and records the agreement received.
        await customer.ReloadAsync();
        await customer.GetByLabel("Pindaian perjanjian yang ditandatangani").SetInputFilesAsync(new FilePayload { Name = "sppd.pdf", MimeType = "application/pdf", Buffer = SignedScan });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Kirim perjanjian yang ditandatangani" }).ClickAsync();
        await Assertions.Expect(customer.Locator("#signed-agreement")).ToContainTextAsync("Anda sudah mengirim perjanjian yang ditandatangani.");
        await PageChecks.CheckAsync(customer, "94-mikro-perjanjian-dikirim");
        await officer.ReloadAsync();
        await officer.Locator("#signed-agreement").WaitForAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima perjanjian bertanda tangan" }).ClickAsync();

        // The receipt, the delivery, and the download: only the two kabupaten/kota, only the chosen columns.
        await treasurer.ReloadAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kuitansi" }).ClickAsync();
        await treasurer.Locator("#receipt").WaitForAsync();
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim produk" }).ClickAsync();
        await customer.GotoAsync(requestUrl);
        await PageChecks.CheckAsync(customer, "95-mikro-produk");
        var extract = await BrowserSteps.DownloadAsync(customer, customer.GetByRole(AriaRole.Link, new() { Name = "Produk" }).First);
        var rows = Entry(extract, $"susenas-kor-rt-2025-03-{number}.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        Assert.Contains("R1807", header);
        Assert.DoesNotContain("R2202", header);
        var regency = Array.IndexOf(header, "R102");
        Assert.True(rows.Length > 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(r.Split(',')[regency], new[] { "74", "22" }));
        Assert.Contains("SHA256SUMS", Names(extract));
    }

    [Fact]
    public async Task A_visitor_buys_the_full_set_at_the_desk_and_takes_the_whole_data_file()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "loket.mikro@example.org", "Dewi Lestari", "Officer");
        await BrowserPeople.CreateAsync(site, "kas.mikro@example.org", "Rudi Hartono", "Treasurer");
        await using var kioskBrowser = await site.NewVisitorAsync();
        await using var officerBrowser = await site.NewVisitorAsync();
        await using var treasurerBrowser = await site.NewVisitorAsync();
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "loket.mikro@example.org", staff: true);
        var treasurer = await BrowserPeople.SignInAsync(treasurerBrowser, "kas.mikro@example.org", staff: true);
        site.Clock.MoveTo(ShiftedClock.OfficeMorning);

        var kiosk = await kioskBrowser.NewPageAsync();
        await kiosk.GotoAsync("/antrian");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Penjualan produk statistik" }).ClickAsync();
        await kiosk.Locator("#ticket-number").WaitForAsync();
        await officer.GotoAsync("/admin/antrian?loket=loket-1");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Panggil pengunjung berikutnya" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mulai melayani" }).ClickAsync();
        await officer.Locator("#active-ticket").GetByRole(AriaRole.Link, new() { Name = "Buku tamu" }).ClickAsync();
        await officer.GetByLabel("Dokumen identitas", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "KTP" });
        await officer.GetByLabel("Nomor identitas", new() { Exact = true }).FillAsync("3374015505900003");
        await officer.GetByLabel("Nama", new() { Exact = true }).FillAsync("Dimas Prasetyo");
        await officer.GetByLabel("E-mail", new() { Exact = true }).FillAsync("dimas.walkin@example.org");
        await officer.GetByLabel("Instansi", new() { Exact = true }).FillAsync("Universitas Negeri Semarang");
        await officer.GetByLabel("Segmen", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mahasiswa/pelajar" });
        await officer.GetByLabel("Keperluan kunjungan", new() { Exact = true }).FillAsync("Membeli data mikro Susenas");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#main")).ToContainTextAsync("Dimas Prasetyo");

        // The desk request: the dataset offers no choice here; the full set is added.
        await officer.GotoAsync("/admin/antrian?loket=loket-1");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Permintaan di loket" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mulai permintaan pengguna layanan" }).ClickAsync();
        await officer.Locator("#walk-in").WaitForAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = Dataset, Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#choice-variables")).ToHaveCountAsync(0);
        await PageChecks.CheckAsync(officer, "96-mikro-loket-produk");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan pengguna layanan" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#request-lines")).ToContainTextAsync("Set lengkap: seluruh record dan variabel");
        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await officer.Locator($"#document-{code}").GetByRole(AriaRole.Button, new() { Name = "Sudah ditunjukkan" }).ClickAsync();
            await officer.Locator($"#document-{code}").GetByText("Ditunjukkan di loket; salinannya tidak disimpan.").WaitForAsync();
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan pengguna layanan" }).ClickAsync();
        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await officer.Locator($"#document-{code}").GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = true }).ClickAsync();
            await Assertions.Expect(officer.Locator($"#document-{code}")).ToContainTextAsync("Diterima");
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Nyatakan persyaratan lengkap" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "97-mikro-loket-penawaran");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Setujui invoice" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Produk siap" }).ClickAsync();
        var requestPath = new Uri(officer.Url).AbsolutePath;

        // Cash; the agreement signed on the stamp is handed in; then the receipt.
        var payment = requestPath.Replace("/admin/permintaan/", "/admin/pembayaran/", StringComparison.Ordinal);
        await treasurer.GotoAsync(payment);
        var due = (await treasurer.Locator("#due").TextContentAsync())!.Replace("Rp", "", StringComparison.Ordinal).Replace(",00", "", StringComparison.Ordinal);
        await treasurer.GetByLabel("Uang tunai yang diserahkan pengguna layanan (rupiah)").FillAsync(due);
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Catat pembayaran tunai" }).ClickAsync();
        await Assertions.Expect(treasurer.Locator("#notice")).ToContainTextAsync("Terbitkan kuitansi setelah surat perjanjian");
        await officer.ReloadAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima perjanjian bertanda tangan" }).ClickAsync();
        await treasurer.ReloadAsync();
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan kuitansi" }).ClickAsync();
        await treasurer.Locator("#receipt").WaitForAsync();

        // Handed over on the visitor's media: the whole data file.
        await officer.ReloadAsync();
        await officer.GetByLabel("pada media milik pengguna layanan").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim produk" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#handover")).ToContainTextAsync("pada media milik pengguna layanan");
        await PageChecks.CheckAsync(officer, "98-mikro-loket-diserahkan");
        var package = await BrowserSteps.DownloadAsync(officer, officer.Locator("#issued-files").GetByRole(AriaRole.Link, new() { Name = "Produk" }).First);
        var source = Directory.GetFiles(Path.Combine(site.DataDirectory, "microdata"), "*.csv").Single();
        var csv = Names(package).Single(n => n.EndsWith(".csv", StringComparison.Ordinal) && n != "kamus-data.csv");
        Assert.Equal(await File.ReadAllTextAsync(source), Entry(package, csv));
    }

    private static IReadOnlyList<string> Names(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private static string Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
