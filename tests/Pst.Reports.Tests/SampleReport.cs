using Pst.Core.Kernel;
using Pst.Core.Reports;

namespace Pst.Reports.Tests;

/// <summary>A small report of two sections with every kind of value, a total row, a warning and an empty table.</summary>
internal static class SampleReport
{
    public static readonly ReportTable Revenue = new ReportTable(
        "revenue-by-tariff-item",
        "Penerimaan menurut jenis tarif",
        [new("Jenis tarif"), new("Uraian"), new("Jumlah", ReportValueKind.Rupiah)],
        [
            ["I.A", "Publikasi elektronik, \"softcopy\", s.d. 50 halaman", 150_000L],
            ["III.C", "Peta WKS digital\nper kabupaten/kota", 1_250_000L],
            ["=SUM(A1)", "-mulai dengan tanda minus", -5L],
        ],
        ["Total", null, 1_399_995L]).Checked();

    public static readonly ReportTable Waits = new ReportTable(
        "walk-in-by-counter",
        "Pengunjung dipanggil dalam 10 menit, menurut loket",
        [new("Loket"), new("Dipanggil", ReportValueKind.Count), new("Persentase", ReportValueKind.Percent), new("Median (menit)", ReportValueKind.Minutes)],
        [
            ["Loket 1", 3, 66.67m, 7.5m],
            ["Loket 2", 1, 100.00m, null],
        ],
        ["Total", 4, 75.00m, 7.5m],
        ChartColumn: 2).Checked();

    public static readonly ReportTable Empty = new ReportTable(
        "requests-overdue",
        "Permintaan lewat batas",
        [new("Permintaan"), new("Hari kerja", ReportValueKind.Count)],
        []).Checked();

    public static ServiceReport Of() => new(
        ReportPeriod.Of(PeriodKind.Month, 2026, 12),
        "Desember 2026",
        new DateTimeOffset(2026, 12, 31, 16, 0, 0, OfficeTime.Offset),
        [
            new ReportSection("revenue", "Penerimaan PNBP", [new("Penerimaan", 1_399_995L, ReportValueKind.Rupiah), new("Kuitansi diterbitkan", 3, ReportValueKind.Count)], [Revenue], ["Sebagian kuitansi tidak terinci."]),
            new ReportSection("walk-in", "Pengunjung di kantor", [new("Dipanggil dalam 10 menit", 75.00m, ReportValueKind.Percent), new("Indeks", null, ReportValueKind.Decimal)], [Waits, Empty], []),
        ]);
}
