namespace Pst.Core.Products;

/// <summary>
/// The terms of the data-use agreement (SPPD, DOMAIN.md section 3.2) in Indonesian, as the agreement prints them and
/// as the files delivered under it restate them, with an English translation for a customer who reads English (the
/// Indonesian is the binding text). The wording awaits the office's official template.
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

    /// <summary>The same clauses in English, in the same order.</summary>
    public static IReadOnlyList<string> EnglishClauses { get; } =
    [
        "The first party hands the data above to the second party once the payment is received and this agreement is signed.",
        "The second party does not copy the data or give it, in whole or in part, to any other person or institution.",
        "The second party uses the data only for the research and analysis stated in the data-use abstract; any other use needs the written consent of the Head of BPS.",
        "The second party makes no attempt to identify respondents; the confidentiality of individual data is kept under Law Number 16 of 1997 on Statistics.",
        "The second party is asked to send the results of the research to BPS. The data remain the property of BPS.",
    ];
}
