using UglyToad.PdfPig;

namespace Pst.Documents.Tests;

/// <summary>Documents composed and read back with PdfPig: the text a reader extracts is the text written.</summary>
public sealed class PdfComposerTests
{
    private static readonly Letterhead Office = new(
        "BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH",
        "Jl. Pahlawan No. 6 Semarang 50241",
        "Telp. 024-8412802 · jateng@bps.go.id");

    private static DocumentSpec Invoice(int rows) => new(
        "INVOICE",
        Office,
        [
            new Facts([("Nomor", "INV-2026-00042"), ("Permintaan", "PST-2026-00042"), ("Kepada", "Siti Rahayu, Universitas Diponegoro")]),
            new Heading("Rincian"),
            new Table(
                [new TableColumn("Jenis tarif", 4), new TableColumn("Jumlah", 1.5f, AlignRight: true), new TableColumn("Nilai", 2, AlignRight: true)],
                Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"I.B Penjualan publikasi elektronik, tambahan per 50 halaman berikutnya (baris {i})", "1", "Rp15.000,00"]).ToList(),
                [["Total", "", "Rp1.250.000,00"]]),
            new Paragraph("Pembayaran melalui kode billing SIMPONI; verifikasi dokumen ini melalui kode QR di bawah."),
            new QrCode("https://pst.example/verifikasi/INV-2026-00042", "Verifikasi keaslian: pst.example/verifikasi/INV-2026-00042"),
            new Signature("Semarang, 17 Maret 2026", "Petugas PST", "Budi Santoso"),
        ],
        (page, pages) => $"Halaman {page} dari {pages}",
        "INV-2026-00042");

    [Fact]
    public void A_one_page_document_reads_back_with_letterhead_title_facts_table_total_and_signature()
    {
        using var pdf = PdfDocument.Open(PdfComposer.Compose(Invoice(rows: 3)));

        Assert.Equal(1, pdf.NumberOfPages);
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        foreach (var expected in new[]
        {
            "BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6 Semarang 50241", "INVOICE", "INV-2026-00042", "Siti Rahayu,",
            "Rp1.250.000,00", "Rp15.000,00", "verifikasi", "Budi Santoso", "Halaman 1 dari 1",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_table_runs_onto_more_pages_repeating_its_header_and_numbering_every_page()
    {
        using var pdf = PdfDocument.Open(PdfComposer.Compose(Invoice(rows: 80)));

        Assert.True(pdf.NumberOfPages >= 3, $"Expected at least 3 pages, got {pdf.NumberOfPages}.");
        foreach (var page in pdf.GetPages())
        {
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains("BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH", text, StringComparison.Ordinal);
            Assert.Contains($"Halaman {page.Number} dari {pdf.NumberOfPages}", text, StringComparison.Ordinal);
            if (page.Number < pdf.NumberOfPages)
            {
                Assert.Contains("Jenis tarif", text, StringComparison.Ordinal);
            }
        }

        var all = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        for (var row = 1; row <= 80; row++)
        {
            Assert.Contains($"(baris {row})", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_fonts_travel_in_the_file_so_any_reader_shows_the_same_text()
    {
        var bytes = PdfComposer.Compose(Invoice(rows: 1));
        using var pdf = PdfDocument.Open(bytes);

        Assert.Contains(pdf.GetPage(1).Letters, l => l.FontName?.Contains("NotoSans", StringComparison.Ordinal) == true);
        Assert.InRange(bytes.Length, 5_000, 200_000);
    }

    [Fact]
    public void Two_parties_sign_side_by_side_and_a_long_office_name_wraps_inside_the_page()
    {
        var office = "PELAYANAN STATISTIK TERPADU BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH";
        using var pdf = PdfDocument.Open(PdfComposer.Compose(new DocumentSpec(
            "SURAT PERJANJIAN PENGGUNAAN DATA",
            Office,
            [
                new SignaturePair(
                    new Signature("", $"Pihak pertama,\nuntuk {office}", "Sri Handayani, S.Si., M.Si.", "NIP. 197001011995032001"),
                    new Signature("Semarang, 7 Desember 2026", "Pihak kedua,\ndi atas meterai Rp10.000", "Siti Rahayu, Universitas Diponegoro")),
            ],
            (page, pages) => $"Halaman {page} dari {pages}")));

        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        var text = string.Join(" ", words.Select(w => w.Text));
        foreach (var expected in new[] { "PROVINSI", "JAWA", "TENGAH", "Sri", "Handayani,", "197001011995032001", "Siti", "meterai" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Nothing runs past the right margin, and the first party's column stays left of the second's.
        Assert.All(words, w => Assert.True(w.BoundingBox.Right <= page.Width - 40, $"'{w.Text}' ends at {w.BoundingBox.Right:0} of {page.Width:0}"));
        var tengah = words.Single(w => w.Text == "TENGAH" && w.BoundingBox.Bottom < page.Height - 120); // in the signature, not the letterhead
        Assert.True(tengah.BoundingBox.Right < words.First(w => w.Text == "meterai").BoundingBox.Left);
    }
}
