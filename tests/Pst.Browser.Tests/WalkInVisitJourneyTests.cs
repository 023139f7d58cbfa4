using Microsoft.Playwright;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Browser.Tests;

/// <summary>
/// A walk-in visit in Chromium with four pages open at once: the kiosk (later the survey tablet), the display board,
/// the officer's console and desk, and the treasurer's desk. The kiosk gives a number, the board shows the call the
/// moment the console makes it, the officer fills in the guest book with the visitor and makes their request for a
/// publication, the treasurer takes cash and the receipt is issued at once, the product is handed over, and the
/// visitor answers the satisfaction survey on the tablet. Kiosk, board and tablet pass axe-core, as does every staff page; the
/// screenshots are kept.
/// </summary>
public sealed class WalkInVisitJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_visitor_takes_a_number_is_called_served_at_the_desk_pays_cash_takes_the_product_and_answers_the_survey()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "loket.browser@example.org", "Dewi Lestari", "Officer");
        await BrowserPeople.CreateAsync(site, "kas.browser@example.org", "Sri Wahyuni", "Treasurer");
        await using var kioskBrowser = await site.NewVisitorAsync(new ViewportSize { Width = 1080, Height = 1920 });
        await using var boardBrowser = await site.NewVisitorAsync(new ViewportSize { Width = 1920, Height = 1080 });
        await using var officerBrowser = await site.NewVisitorAsync();
        await using var treasurerBrowser = await site.NewVisitorAsync();
        var officer = await BrowserPeople.SignInAsync(officerBrowser, "loket.browser@example.org", staff: true);
        var treasurer = await BrowserPeople.SignInAsync(treasurerBrowser, "kas.browser@example.org", staff: true);
        site.Clock.MoveTo(ShiftedClock.OfficeMorning); // a working morning, when the kiosk gives numbers

        // The kiosk gives a number for product sales.
        var kiosk = await kioskBrowser.NewPageAsync();
        await kiosk.GotoAsync("/antrian");
        await PageChecks.CheckAsync(kiosk, "70-kios");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Penjualan produk statistik" }).ClickAsync();
        await Assertions.Expect(kiosk.Locator("#ticket-number")).ToHaveTextAsync("A001");
        var ticketPath = new Uri(kiosk.Url).AbsolutePath;
        await PageChecks.CheckAsync(kiosk, "71-kios-nomor");

        var board = await boardBrowser.NewPageAsync();
        await board.GotoAsync("/antrian/layar");
        await Assertions.Expect(board.Locator("#connection")).ToHaveTextAsync("Tersambung");
        await PageChecks.CheckAsync(board, "72-layar-antrian");

        // The console calls it: the board shows the call without reloading, the ticket says where to go.
        await officer.GotoAsync("/admin/antrian?loket=loket-1");
        await PageChecks.CheckAsync(officer, "73-konsol-antrian");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Panggil pengunjung berikutnya" }).ClickAsync();
        await officer.Locator("#active-ticket").WaitForAsync();
        await Assertions.Expect(board.Locator("#now-number")).ToHaveTextAsync("A001");
        await Assertions.Expect(board.Locator("#now-counter")).ToHaveTextAsync("Loket 1");
        await PageChecks.CheckAsync(board, "74-layar-dipanggil");
        await Assertions.Expect(kiosk.Locator("#ticket-status")).ToContainTextAsync("Silakan menuju Loket 1.", new() { Timeout = 10_000 });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mulai melayani" }).ClickAsync();

        // The guest book, filled in with the visitor at the counter.
        await officer.Locator("#active-ticket").GetByRole(AriaRole.Link, new() { Name = "Buku tamu" }).ClickAsync();
        await officer.GetByLabel("Dokumen identitas", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "KTP" });
        await officer.GetByLabel("Nomor identitas", new() { Exact = true }).FillAsync("3374015505900002");
        await officer.GetByLabel("Nama", new() { Exact = true }).FillAsync("Ayu Wulandari");
        await officer.GetByLabel("E-mail", new() { Exact = true }).FillAsync("ayu.walkin@example.org");
        await officer.GetByLabel("Instansi", new() { Exact = true }).FillAsync("Universitas Negeri Semarang");
        await officer.GetByLabel("Segmen", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mahasiswa/pelajar" });
        await officer.GetByLabel("Keperluan kunjungan", new() { Exact = true }).FillAsync("Membeli publikasi Jawa Tengah Dalam Angka");
        await PageChecks.CheckAsync(officer, "75-buku-tamu-loket");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#main")).ToContainTextAsync("Ayu Wulandari");

        // The desk request: the officer opens it on the visitor's account, shows the product's tariff and adds it.
        await officer.GotoAsync("/admin/antrian?loket=loket-1");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Permintaan di loket" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "76-loket-pengunjung");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mulai permintaan pengguna layanan" }).ClickAsync();
        await officer.Locator("#walk-in").WaitForAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Provinsi Jawa Tengah Dalam Angka 2026" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "77-loket-produk");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan pengguna layanan" }).ClickAsync();
        await officer.Locator("#document-identity").WaitForAsync();
        await PageChecks.CheckAsync(officer, "78-loket-draf");
        await officer.Locator("#document-identity").GetByRole(AriaRole.Button, new() { Name = "Sudah ditunjukkan" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan pengguna layanan" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Nyatakan persyaratan lengkap" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "79-loket-invoice");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Setujui invoice" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Produk siap" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#state")).ToContainTextAsync("Menunggu pembayaran");
        var requestPath = new Uri(officer.Url).AbsolutePath;

        // Cash to the treasurer: the receipt is issued at once.
        await treasurer.GotoAsync(requestPath.Replace("/admin/permintaan/", "/admin/pembayaran/", StringComparison.Ordinal));
        var due = (await treasurer.Locator("#due").TextContentAsync())!.Replace("Rp", "", StringComparison.Ordinal).Replace(",00", "", StringComparison.Ordinal);
        // The visitor hands over Rp20.000 more than due; the treasurer is told the change to give back.
        var tendered = long.Parse(due.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) + 20_000;
        await treasurer.GetByLabel("Uang tunai yang diserahkan pengguna layanan (rupiah)").FillAsync(tendered.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await treasurer.GetByRole(AriaRole.Button, new() { Name = "Catat pembayaran tunai" }).ClickAsync();
        await Assertions.Expect(treasurer.Locator("#notice")).ToContainTextAsync("kuitansi diterbitkan");
        await Assertions.Expect(treasurer.Locator("#change-due")).ToContainTextAsync("Berikan kembalian Rp20.000,00");
        await PageChecks.CheckAsync(treasurer, "80-bendahara-tunai");

        // Handed over printed; the officer records that the visitor checked and accepted it.
        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("#state")).ToContainTextAsync("Kuitansi terbit");
        await officer.GetByLabel("dalam bentuk cetak").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim produk" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#handover")).ToContainTextAsync("dalam bentuk cetak");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terima produk" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "81-loket-selesai");

        // The survey on the tablet: the officer opens the survey of this visitor's ticket from the request page
        // and hands the tablet over.
        await officer.GetByRole(AriaRole.Link, new() { Name = "Survei kepuasan di tablet" }).ClickAsync();
        var surveyPath = "/survei/tiket/" + ticketPath.Split('/')[^1];
        Assert.Equal(surveyPath, new Uri(officer.Url).AbsolutePath);
        await officer.GoBackAsync();
        await kiosk.GotoAsync(surveyPath);
        await PageChecks.CheckAsync(kiosk, "82-tablet-survei");
        await SurveyForm.AnswerAsync(kiosk, "444434444", "Pelayanan cepat");
        await PageChecks.CheckAsync(kiosk, "83-tablet-terima-kasih");
        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("#state")).ToContainTextAsync("Dinilai");

        // The visit ends at the counter.
        await officer.GotoAsync("/admin/antrian?loket=loket-1");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Selesai" }).ClickAsync();
        await officer.Locator("#call-next").WaitForAsync();
        await kiosk.GotoAsync(ticketPath);
        await Assertions.Expect(kiosk.Locator("#ticket-status")).ToContainTextAsync("Terima kasih atas kunjungan Anda.");
    }
}
