namespace Pst.Core.Products;

/// <summary>
/// The terms of the data-use agreement (SPPD, DOMAIN.md section 3.2) in Indonesian, as the agreement prints them and
/// as the files delivered under it restate them. The wording awaits the office's official template.
/// </summary>
public static class DataUseTerms
{
    public static IReadOnlyList<string> Clauses { get; } =
    [
        "Pihak pertama menyerahkan data tersebut di atas kepada pihak kedua setelah pembayaran diterima dan perjanjian ini ditandatangani.",
        "Pihak kedua tidak menggandakan atau memberikan data tersebut, seluruhnya atau sebagian, kepada orang atau lembaga lain.",
        "Pihak kedua menggunakan data hanya untuk keperluan penelitian dan analisis sebagaimana tercantum dalam abstraksi penggunaan data; penggunaan lain memerlukan persetujuan tertulis Kepala BPS.",
        "Pihak kedua tidak berupaya mengenali responden; kerahasiaan data individu dijaga sesuai Undang-Undang Nomor 16 Tahun 1997 tentang Statistik.",
        "Pihak kedua diharapkan menyampaikan hasil penelitiannya kepada BPS. Data tetap menjadi milik BPS.",
    ];
}
