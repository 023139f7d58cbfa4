using System.Globalization;
using Pst.Documents;
using Pst.Reports.Exports;
using UglyToad.PdfPig;

namespace Pst.Reports.Tests;

public sealed class ReportPdfTests
{
    [Fact]
    public void The_printed_report_carries_every_section_figure_and_table()
    {
        var texts = new ReportPdfTexts("LAPORAN LAYANAN", [("Periode", "Desember 2026")], "Tidak ada pada periode ini.", (page, pages) => $"Halaman {page} dari {pages}");
        var pdf = ReportPdf.Write(SampleReport.Of(), texts, new Letterhead("BPS PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 6, Semarang", "Telp. (024) 8412802"), new CultureInfo("id-ID"));

        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("LAPORAN LAYANAN", text, StringComparison.Ordinal);
        Assert.Contains("BPS PROVINSI JAWA TENGAH", text, StringComparison.Ordinal);
        Assert.Contains("Desember 2026", text, StringComparison.Ordinal);
        Assert.Contains("Penerimaan PNBP", text, StringComparison.Ordinal);
        Assert.Contains("Rp1.399.995,00", text, StringComparison.Ordinal);
        Assert.Contains("Rp1.250.000,00", text, StringComparison.Ordinal);
        Assert.Contains("66,67%", text, StringComparison.Ordinal);
        Assert.Contains("Sebagian kuitansi tidak terinci.", text, StringComparison.Ordinal);
        Assert.Contains("Permintaan lewat batas", text, StringComparison.Ordinal);
        Assert.Contains("Tidak ada pada periode ini.", text, StringComparison.Ordinal);
        Assert.Contains($"Halaman 1 dari {document.NumberOfPages}", text, StringComparison.Ordinal);
    }
}
