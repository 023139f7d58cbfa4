using Pst.Core.Kernel;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Tests.Abstracts;

/// <summary>A complete data-use abstract and its author, for tests that need a request's abstract written.</summary>
internal static class TestAbstract
{
    public static readonly DataUseAbstract Written = new(
        "Ketimpangan akses air minum layak di Jawa Tengah",
        "Mengukur perbedaan akses air minum layak antara perkotaan dan perdesaan.",
        "Susenas Maret 2025 KOR rumah tangga",
        "Kota Semarang dan Kabupaten Semarang; hasil pada tingkat kabupaten/kota",
        "R105 — klasifikasi desa, untuk membandingkan kota dan desa\nR1807 — sumber air minum, untuk menentukan air minum layak",
        "Statistik deskriptif berpenimbang dan regresi logistik",
        "Tabel agregat kabupaten/kota dan grafik",
        "Repositori Universitas Sebelas Maret",
        NoRedistribution: true);

    public static readonly CustomerDetails Author = new("Dewi Anggraini", "dewi@example.org", "Universitas Sebelas Maret", CustomerSegment.Researcher, Domicile.Indonesia, null);
}
