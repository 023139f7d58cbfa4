using System.Globalization;
using System.Text;

namespace Pst.Products.Microdata.Extraction;

/// <summary>What an extract's README says: where the data come from, what was selected, for which request, under which terms, and how to read the files.</summary>
public sealed record ExtractReadme(
    string Title,
    string Survey,
    string Period,
    string Edition,
    string RequestNumber,
    string BuyerName,
    string Areas,
    IReadOnlyList<string> Variables,
    long Records,
    string CsvName,
    string ParquetName)
{
    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Title}");
        text.AppendLine("Badan Pusat Statistik Provinsi Jawa Tengah - Pelayanan Statistik Terpadu");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Survei / survey      : {Survey}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Periode / period     : {Period}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Edisi / edition      : {Edition}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Permintaan / request : {RequestNumber}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Untuk / for          : {BuyerName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Wilayah / areas      : {Areas}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Variabel / variables : {string.Join(", ", Variables)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Jumlah record        : {Records}");
        text.AppendLine();
        text.AppendLine("Berkas / files");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {CsvName}: CSV, UTF-8 tanpa BOM, pemisah koma, baris pertama nama kolom, akhir baris LF,");
        text.AppendLine("    titik desimal '.', tanpa pemisah ribuan; nilai kosong (tidak ada isian / di luar cakupan pertanyaan) = sel kosong;");
        text.AppendLine("    sel yang memuat koma, tanda petik atau baris baru diapit tanda petik ganda.");
        text.AppendLine("    (UTF-8 without BOM, comma separated, header row, LF line ends, '.' decimal point, no thousands separator;");
        text.AppendLine("    a missing value is an empty field; fields holding a comma, quote or line break are double-quoted.)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {ParquetName}: Apache Parquet, kolom bertipe (bilangan bulat INT64, desimal DOUBLE, teks UTF-8), nilai kosong = null;");
        text.AppendLine("    label variabel dan label nilai ada di metadata berkas (label.<VAR>, values.<VAR>). Dibuka langsung dengan");
        text.AppendLine("    R (arrow::read_parquet), Python (pandas.read_parquet), DuckDB, Power BI, atau Excel melalui Power Query.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {DictionaryFile.FileName}: kamus data variabel yang diserahkan (data dictionary of the delivered variables).");
        text.AppendLine("  SHA256SUMS: checksum SHA-256 setiap berkas (periksa dengan: sha256sum -c SHA256SUMS).");
        text.AppendLine();
        text.AppendLine("Ketentuan penggunaan (Surat Perjanjian Penggunaan Data) / terms of use:");
        text.AppendLine("  1. Data tidak digandakan atau diberikan kepada pihak lain. (No copies for other persons or organisations.)");
        text.AppendLine("  2. Data hanya digunakan untuk penelitian dan analisis sesuai abstraksi penggunaan data. (Used only for the research and");
        text.AppendLine("     analysis stated in the data-use abstract.)");
        text.AppendLine("  3. Penggunaan lain memerlukan persetujuan teknis Kepala BPS. (Any other use needs the prior technical approval of the");
        text.AppendLine("     Head of BPS.)");
        text.AppendLine("  4. Hasil penelitian diharapkan diserahkan kepada BPS. (Research results are expected to be submitted to BPS.)");
        text.AppendLine("  5. Seluruh data bersifat rahasia dan tetap milik BPS (UU 16/1997 Pasal 21). (All data remain confidential and BPS property.)");
        return text.ToString();
    }
}
