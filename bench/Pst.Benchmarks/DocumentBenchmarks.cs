using BenchmarkDotNet.Attributes;
using Pst.Documents;

namespace Pst.Benchmarks;

/// <summary>
/// Documents per second: an invoice and a receipt as the office issues them, against a one-line document composed
/// the same way (the baseline), so the ratio says what the content costs on whatever machine runs it.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly Letterhead Office = new("BADAN PUSAT STATISTIK PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6 Semarang 50241", "Telp. 024-8412802 · jateng@bps.go.id");

    private static string Page(int page, int pages) => $"Halaman {page} dari {pages}";

    [Benchmark(Baseline = true)]
    public byte[] OneLine() => PdfComposer.Compose(new DocumentSpec("DOKUMEN", Office, [new Paragraph("Satu baris.")], Page));

    [Benchmark]
    public byte[] Invoice() => PdfComposer.Compose(new DocumentSpec(
        "INVOICE",
        Office,
        [
            new Facts([("Nomor", "INV-2026-00042"), ("Permintaan", "PST-2026-00042"), ("Kepada", "Siti Rahayu, Universitas Diponegoro")]),
            new Table(
                [new TableColumn("Jenis tarif", 4), new TableColumn("Jumlah", 1.5f, AlignRight: true), new TableColumn("Nilai", 2, AlignRight: true)],
                [["I.A Penjualan publikasi elektronik, sampai dengan 50 halaman", "1", "Rp50.000,00"], ["I.B Penjualan publikasi elektronik, tambahan per 50 halaman", "2", "Rp30.000,00"]],
                [["Total", "", "Rp80.000,00"]]),
            new QrCode("https://pst.example/verifikasi/INV-2026-00042", "Verifikasi: pst.example/verifikasi/INV-2026-00042"),
            new Signature("Semarang, 17 Maret 2026", "Petugas PST", "Budi Santoso"),
        ],
        Page));

    [Benchmark]
    public byte[] Receipt() => PdfComposer.Compose(new DocumentSpec(
        "KUITANSI",
        Office,
        [
            new Facts([("Nomor", "KW-2026-00042"), ("Telah terima dari", "Siti Rahayu"), ("Uang sejumlah", "Rp80.000,00"), ("Untuk pembayaran", "Permintaan PST-2026-00042"), ("NTPN", "A1B2C3D4E5F6G7H8")]),
            new QrCode("https://pst.example/verifikasi/KW-2026-00042", "Verifikasi: pst.example/verifikasi/KW-2026-00042"),
            new Signature("Semarang, 20 Maret 2026", "Bendahara Penerimaan", "Dewi Lestari"),
        ],
        Page));
}
