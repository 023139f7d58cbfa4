using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Microdata;

/// <summary>
/// Microdata bought online through the real site on the default recipe's synthetic Susenas dataset: the catalogue
/// page with its dictionary and free files, choices refused and accepted, the abstract, the offer priced on the
/// measured extract with its sample, payment, the signed agreement, the receipt and the delivered extract compared
/// with the data file; and a cancellation because the abstract does not match the data asked.
/// </summary>
public abstract partial class MicrodataPurchaseTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private const string Dataset = "susenas-kor-rt-2025-03";
    private const string ItemUrl = "/katalog/" + Dataset;

    private static (string Key, string Value)[] Choices(string coverage, string[] regencies, string[] variables) =>
    [
        ("choice.coverage", coverage),
        .. regencies.Select(r => ("choice.regencies", r)),
        .. variables.Select(v => ("choice.variables", v)),
    ];

    [Fact]
    public async Task The_catalogue_page_shows_the_dataset_its_dictionary_and_the_free_files()
    {
        using var visitor = new SiteSession(Factory);
        var page = await TextOfAsync(visitor, ItemUrl);
        Assert.Contains("Survei Sosial Ekonomi Nasional (Susenas) KOR", page, StringComparison.Ordinal);
        Assert.Contains("Rumah tangga", page, StringComparison.Ordinal);
        Assert.Contains("20.000", page, StringComparison.Ordinal); // records, Indonesian digits
        Assert.Contains("Pilih yang Anda inginkan: harganya tampil di sini.", page, StringComparison.Ordinal); // only the keys are picked at first
        Assert.Contains("R1807 — Sumber air minum utama", page, StringComparison.Ordinal);
        Assert.Contains("3374 Kota Semarang", page, StringComparison.Ordinal);

        var dictionary = await TextOfAsync(visitor, $"{ItemUrl}/kamus?q=air+minum");
        Assert.Contains("1 dari 39 variabel", dictionary, StringComparison.Ordinal);
        Assert.Contains("Sumber air utama yang digunakan rumah tangga untuk minum", dictionary, StringComparison.Ordinal);
        Assert.Contains("Air isi ulang", dictionary, StringComparison.Ordinal);
        Assert.Contains("id=\"no-variables\"", await TextOfAsync(visitor, $"{ItemUrl}/kamus?q=%3Cscript%3E"), StringComparison.Ordinal);

        var layout = await visitor.Client.GetAsync($"{ItemUrl}/unduh/layout");
        Assert.Equal("text/csv", layout.Content.Headers.ContentType?.MediaType);
        Assert.Equal(40, (await layout.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var questionnaire = await visitor.Client.GetByteArrayAsync($"{ItemUrl}/unduh/kuesioner");
        Assert.Contains("Sumber air utama yang digunakan rumah tangga untuk minum", PdfText(questionnaire), StringComparison.Ordinal);
        Assert.StartsWith("R101,R102,R105,URUT,FWT", await visitor.Client.GetStringAsync($"{ItemUrl}/unduh/contoh-data"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync($"{ItemUrl}/unduh/data"));
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync("/katalog/jateng-dalam-angka-2026/kamus"));
    }

    [Fact]
    public async Task A_researcher_buys_two_kabupaten_kota_and_chosen_variables_and_gets_exactly_those_records()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "sari@example.org", "Sari Wulandari", CustomerSegment.Student, "Universitas Diponegoro");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");

        // Faulty choices are refused with the reason, in Indonesian; nothing is added.
        var refused = await TextOfAsync(await Forms.PostAsync(customer.Client, ItemUrl, Choices("regencies", [], ["R101", "R102", "URUT", "FWT", "R105"])));
        Assert.Contains("Pilih sedikitnya satu kabupaten/kota, atau seluruh provinsi.", refused, StringComparison.Ordinal);
        var onlyKeys = await TextOfAsync(await Forms.PostAsync(customer.Client, ItemUrl, Choices("province", [], ["R101", "R102", "URUT", "FWT"])));
        Assert.Contains("Pilih sedikitnya satu variabel selain variabel identitas, wilayah, dan penimbang.", onlyKeys, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/permintaan/", await TextOfAsync(customer, "/permintaan"), StringComparison.Ordinal);

        var added = await Forms.PostAsync(customer.Client, ItemUrl, Choices("regencies", ["3374", "3322"], ["R101", "R102", "URUT", "FWT", "R105", "R1807", "EXP_CAP"]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var requestUrl = added.Headers.Location!.OriginalString;
        var draft = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Abstraksi penggunaan data", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"{requestUrl}/abstraksi\"", draft, StringComparison.Ordinal);
        Assert.Contains("R1807 — Sumber air minum utama", draft, StringComparison.Ordinal); // the line shows what was chosen
        Assert.Contains("3374 Kota Semarang", draft, StringComparison.Ordinal);

        await WriteTheAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var early = await TextOfAsync(await Forms.UploadAsync(customer.Client, requestUrl + "?handler=SignedAgreement", "file", Pdf, "sppd.pdf", "application/pdf"));
        Assert.Contains("Perjanjian yang ditandatangani dikirim setelah penawaran dan sebelum diterima kantor.", early, StringComparison.Ordinal);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;

        // The officer reads the abstract beside the data asked, then accepts it.
        var check = await TextOfAsync(officer, staffUrl);
        var comparison = check[check.IndexOf("id=\"abstract-comparison\"", StringComparison.Ordinal)..];
        Assert.Contains("R1807 — sumber air minum, untuk menentukan air minum layak", comparison, StringComparison.Ordinal);
        Assert.Contains("3374 Kota Semarang", comparison[comparison.IndexOf("id=\"abstract-data-asked\"", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The offer: the extract is measured, the invoice prices it, the sample is its first ten records.
        await AcceptAbstractAndOfferAsync(officer, staffUrl);
        var expected = ExpectedExtract(["3374", "3322"], ["R101", "R102", "R105", "URUT", "FWT", "R1807", "EXP_CAP"]);
        var price = 20_000 + (long)Math.Round(Math.Max(0, expected.Length - 1_000_000) * 0.02, MidpointRounding.AwayFromZero);
        var offered = await TextOfAsync(customer, requestUrl);
        var invoice = await InvoiceTextAsync(customer, requestUrl, offered);
        Assert.Contains("II.A.1", invoice, StringComparison.Ordinal);
        Assert.Contains(new Rupiah(price).ToString(), invoice, StringComparison.Ordinal);
        var sample = Entries(await IssuedAsync(customer, requestUrl, offered, "Contoh data mikro"));
        var sampleLines = Encoding.UTF8.GetString(sample["contoh-data.csv"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Encoding.UTF8.GetString(expected).Split('\n').Take(11), sampleLines);
        Assert.True(sample.ContainsKey("kamus-data.csv"));
        // The agreement names the exact data: areas, every variable, the records, the size and the checksum of the file.
        var agreement = await IssuedTextAsync(customer, requestUrl, offered, "Surat perjanjian penggunaan data");
        Assert.Contains("SURAT PERJANJIAN", agreement.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("3322 Kabupaten Semarang", agreement, StringComparison.Ordinal);
        Assert.Contains("EXP_CAP", agreement, StringComparison.Ordinal);
        Assert.Contains($"Jumlah record {(Encoding.UTF8.GetString(expected).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}", agreement, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), agreement, StringComparison.Ordinal);
        Assert.DoesNotContain("R2202", agreement, StringComparison.Ordinal); // a variable not asked for

        // Accepted, paid by billing code, the signed agreement received, the receipt issued.
        var deskUrl = await AcceptAndPayByBillingCodeAsync(customer, officer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.UploadAsync(customer.Client, requestUrl + "?handler=SignedAgreement", "file", Pdf, "sppd-bertanda-tangan.pdf", "application/pdf"), requestUrl);
        var scan = Regex.Match(await TextOfAsync(officer, staffUrl), "id=\"signed-agreement\">.*?href=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(Pdf, await officer.Client.GetByteArrayAsync(scan));
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        Assert.DoesNotContain("name=\"file\" accept", (await TextOfAsync(customer, requestUrl))[(await TextOfAsync(customer, requestUrl)).IndexOf("id=\"signed-agreement\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        Assert.Contains(new Rupiah(price).ToString(), await IssuedTextAsync(customer, requestUrl, await TextOfAsync(customer, requestUrl), "Kuitansi"), StringComparison.Ordinal);

        // Delivered: the zip's CSV is exactly the chosen records and columns of the data file.
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        var link = Regex.Match(await TextOfAsync(customer, requestUrl), "href=\"(/unduh/[^\"]+)\" class=\"\">Produk").Groups[1].Value;
        var delivered = Entries(await customer.Client.GetByteArrayAsync(link));
        Assert.Equal(expected, delivered[$"{Dataset}-{number}.csv"]);
        Assert.True(delivered.ContainsKey($"{Dataset}-{number}.parquet"));
        Assert.Contains("Sari Wulandari", Encoding.UTF8.GetString(delivered["README.txt"]), StringComparison.Ordinal);

        using var other = await SiteSession.CustomerAsync(Factory, "lain@example.org", "Joko", CustomerSegment.Individual);
        Assert.Equal(HttpStatusCode.NotFound, await other.StatusOfAsync(link));
    }

    [Fact]
    public async Task A_researcher_buys_a_table_made_from_the_microdata_priced_under_II_B_and_downloads_it()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "sari@example.org", "Sari Wulandari", CustomerSegment.Student, "Universitas Diponegoro");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        const string tableUrl = ItemUrl + "-tabulasi";
        var page = await TextOfAsync(customer, tableUrl);
        Assert.Contains("Baris tabel", page, StringComparison.Ordinal);
        Assert.Contains("Tanpa variabel kolom (hanya jumlah)", page, StringComparison.Ordinal);

        var same = await TextOfAsync(await Forms.PostAsync(customer.Client, tableUrl, ("choice.coverage", "province"), ("choice.rows", "R105"), ("choice.columns", "R105")));
        Assert.Contains("Pilih variabel kolom yang berbeda dengan variabel baris.", same, StringComparison.Ordinal);
        var added = await Forms.PostAsync(customer.Client, tableUrl, ("choice.coverage", "province"), ("choice.rows", "R105"), ("choice.columns", "R1807"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var requestUrl = added.Headers.Location!.OriginalString;
        await WriteTheAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        var number = Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        await AcceptAbstractAndOfferAsync(officer, staffUrl);

        // Priced under II.B on the computed table; no sample, the agreement names the table.
        var offered = await TextOfAsync(customer, requestUrl);
        Assert.DoesNotContain("Contoh data mikro", offered, StringComparison.Ordinal);
        var invoice = await InvoiceTextAsync(customer, requestUrl, offered);
        Assert.Contains("II.B.1", invoice, StringComparison.Ordinal);
        Assert.Contains(new Rupiah(22_000).ToString(), invoice, StringComparison.Ordinal);
        var agreement = await IssuedTextAsync(customer, requestUrl, offered, "Surat perjanjian penggunaan data");
        Assert.Contains("R1807 — Sumber air minum utama", agreement, StringComparison.Ordinal);

        var deskUrl = await AcceptAndPayByBillingCodeAsync(customer, officer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReceiveSignedAgreement")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);

        var link = Regex.Match(await TextOfAsync(customer, requestUrl), "href=\"(/unduh/[^\"]+)\" class=\"\">Produk").Groups[1].Value;
        var table = Encoding.UTF8.GetString(Entries(await customer.Client.GetByteArrayAsync(link))[$"tabel-{Dataset}-{number}.csv"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("R105 \\ R1807,1 ", table[0], StringComparison.Ordinal);
        Assert.Equal(["1 Perkotaan", "2 Perdesaan", "Jumlah"], table.Skip(1).Select(r => r.Split(',')[0]));
        var lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(Factory.Directory, "microdata"), "*.csv").Single());
        var weight = Array.IndexOf(lines[0].Split(','), "FWT");
        var households = Math.Round(lines.Skip(1).Sum(l => double.Parse(l.Split(',')[weight], System.Globalization.CultureInfo.InvariantCulture)), MidpointRounding.AwayFromZero);
        Assert.Equal(households.ToString("0", System.Globalization.CultureInfo.InvariantCulture), table[^1].Split(',')[^1]);
    }

    [Fact]
    public async Task The_officer_asks_for_a_clearer_abstract_and_the_customer_rewrites_it_from_what_they_wrote()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "sari@example.org", "Sari Wulandari", CustomerSegment.Student, "Universitas Diponegoro");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var requestUrl = (await Forms.PostAsync(customer.Client, ItemUrl, Choices("province", [], ["R101", "R102", "URUT", "FWT", "R1807"]))).Headers.Location!.OriginalString;
        await WriteTheAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];

        const string why = "Jelaskan mengapa seluruh provinsi diperlukan, bukan hanya Semarang Raya.";
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Reject", ("code", "data-use-abstract"), ("reason", why)), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "ReturnForRevision"), ("reason", "Mohon perbaiki abstraksi")), staffUrl);
        var returned = await TextOfAsync(customer, requestUrl);
        Assert.Contains(why, returned, StringComparison.Ordinal);
        Assert.Contains("Ubah abstraksi", returned, StringComparison.Ordinal);

        // The form opens with what was written; the new answer replaces the old, and the officer reads it.
        var form = await TextOfAsync(customer, requestUrl + "/abstraksi");
        Assert.Contains("value=\"Ketimpangan akses air minum layak di Jawa Tengah\"", form, StringComparison.Ordinal);
        const string areas = "Seluruh kabupaten/kota di Jawa Tengah, untuk membandingkan Semarang Raya dengan wilayah lain";
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "/abstraksi", [.. Abstract.Select(f => f.Key == "Form.Areas" ? (f.Key, areas) : f), ("Form.NoRedistribution", "true")]), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "Resubmit")), requestUrl);
        var check = await TextOfAsync(officer, staffUrl);
        Assert.Contains(areas, check[check.IndexOf("id=\"abstract-comparison\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("id=\"state\">Diajukan<", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_officer_cancels_a_request_whose_abstract_does_not_match_the_data_asked_and_the_customer_sees_why()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "sari@example.org", "Sari Wulandari", CustomerSegment.Student, "Universitas Diponegoro");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var added = await Forms.PostAsync(customer.Client, ItemUrl, Choices("province", [], ["R101", "R102", "URUT", "FWT", "R2202"]));
        var requestUrl = added.Headers.Location!.OriginalString;
        await WriteTheAbstractAsync(customer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];

        const string reason = "Abstraksi membahas pendidikan anak, tetapi variabel yang diminta tentang PKH; silakan ajukan permintaan baru.";
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "Cancel"), ("reason", reason)), staffUrl);

        var page = await TextOfAsync(customer, requestUrl);
        Assert.Contains("id=\"state\">Dibatalkan<", page, StringComparison.Ordinal);
        Assert.Contains(reason, page, StringComparison.Ordinal);
        Assert.Contains("Tidak ada waktu pelayanan: permintaan dibatalkan.", page, StringComparison.Ordinal); // not "the 10 working days start…"
        Assert.Contains("data-clock=\"Closed\">Ditutup<", await TextOfAsync(officer, "/admin/permintaan"), StringComparison.Ordinal);
    }

    private static readonly (string Key, string Value)[] Abstract =
    [
        ("Form.Title", "Ketimpangan akses air minum layak di Jawa Tengah"),
        ("Form.Purpose", "Mengukur perbedaan akses air minum layak antara perkotaan dan perdesaan."),
        ("Form.Datasets", "Susenas Maret 2025 KOR rumah tangga"),
        ("Form.Areas", "Kota Semarang dan Kabupaten Semarang"),
        ("Form.Variables", "R105 — klasifikasi desa\nR1807 — sumber air minum, untuk menentukan air minum layak"),
        ("Form.Method", "Statistik deskriptif berpenimbang"),
        ("Form.Outputs", "Tabel agregat kabupaten/kota"),
        ("Form.Publication", "Repositori Universitas Diponegoro"),
    ];

    /// <summary>
    /// The customer writes the abstract online: a file is refused, the form shows the data asked, a form left empty
    /// is refused field by field with nothing saved, and the written abstract becomes a PDF on the request.
    /// </summary>
    private static async Task WriteTheAbstractAsync(SiteSession customer, string requestUrl)
    {
        var upload = await TextOfAsync(await Forms.UploadAsync(customer.Client, requestUrl + "?handler=Upload", "file", Pdf, "abstraksi.pdf", "application/pdf", ("code", "data-use-abstract")));
        Assert.Contains("Abstraksi penggunaan data diisi pada formulirnya, tidak diunggah.", upload, StringComparison.Ordinal);

        var form = await TextOfAsync(customer, requestUrl + "/abstraksi");
        Assert.Contains("Data yang Anda minta", form, StringComparison.Ordinal);
        Assert.Contains("Susenas Maret 2025 KOR Rumah Tangga", form[form.IndexOf("id=\"abstract-Datasets\"", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var empty = await Forms.PostAsync(customer.Client, requestUrl + "/abstraksi", ("Form.Title", "Judul saja"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await TextOfAsync(empty);
        Assert.Equal(7, Regex.Matches(refused, "Bagian ini wajib diisi.").Count);
        Assert.Contains("Centang pernyataan ini untuk menyimpan abstraksi.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Judul saja\"", refused, StringComparison.Ordinal); // what was typed is kept
        Assert.Contains("id=\"document-data-use-abstract\"", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
        Assert.DoesNotContain("Abstraksi penggunaan data tersimpan", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "/abstraksi", [.. Abstract, ("Form.NoRedistribution", "true")]), requestUrl);
        var page = await TextOfAsync(customer, requestUrl);
        var pdfLink = Regex.Match(page[page.IndexOf("id=\"document-data-use-abstract\"", StringComparison.Ordinal)..], "href=\"(" + Regex.Escape(requestUrl) + "/berkas/[^\"]+)\"").Groups[1].Value;
        var pdf = PdfText(await customer.Client.GetByteArrayAsync(pdfLink));
        Assert.Contains("ABSTRAKSI PENGGUNAAN DATA", pdf, StringComparison.Ordinal);
        Assert.Contains("Ketimpangan akses air minum layak di Jawa Tengah", pdf, StringComparison.Ordinal);
        Assert.Contains("Sari Wulandari, Universitas Diponegoro", pdf, StringComparison.Ordinal);
    }

    /// <summary>The extract as it must be: the data file's header and records cut with a plain split (the synthetic file quotes nothing).</summary>
    private byte[] ExpectedExtract(string[] regencies, string[] columns)
    {
        var lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(Factory.Directory, "microdata"), "*.csv").Single());
        var header = lines[0].Split(',').Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')).Where(r => regencies.Contains("33" + r[header["R102"]])))
        {
            text.Append(string.Join(',', columns.Select(c => row[header[c]]))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<byte[]> IssuedAsync(SiteSession session, string requestUrl, string page, string label)
    {
        var link = Regex.Match(page, "<a href=\"(" + Regex.Escape(requestUrl) + "/berkas/[^\"]+)\" class=\"\">" + Regex.Escape(label)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(link), $"The request page links no current {label}.");
        return await session.Client.GetByteArrayAsync(link);
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
    }
}

public sealed class SqliteMicrodataPurchaseTests : MicrodataPurchaseTests<SqliteAppFactory>;

public sealed class PostgreSqlMicrodataPurchaseTests : MicrodataPurchaseTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
