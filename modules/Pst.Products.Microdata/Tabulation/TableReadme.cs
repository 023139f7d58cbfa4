using System.Globalization;
using System.Text;

namespace Pst.Products.Microdata.Tabulation;

/// <summary>What a delivered table's README says: its source, what it counts, how to read its cells, for which request.</summary>
public sealed record TableReadme(string Title, string Survey, string Period, string RequestNumber, string BuyerName, string Areas, string Rows, string? Columns, int MinimumCellRecords, string CsvName)
{
    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(Title);
        text.AppendLine("Badan Pusat Statistik Provinsi Jawa Tengah - Pelayanan Statistik Terpadu");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Survei / survey       : {Survey}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Periode / period      : {Period}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Permintaan / request  : {RequestNumber}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Untuk / for           : {BuyerName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Wilayah / areas       : {Areas}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Baris / rows          : {Rows}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kolom / columns       : {Columns ?? "-"}");
        text.AppendLine("Isi sel / cells       : jumlah rumah tangga hasil penimbangan (jumlah penimbang), dibulatkan ke bilangan bulat");
        text.AppendLine("                        (weighted number of households: the sum of the weights, rounded to a whole number)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  {CsvName}: CSV, UTF-8 tanpa BOM, pemisah koma, baris pertama judul kolom, baris dan kolom terakhir 'Jumlah'.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Sel '{Tabulator.Suppressed}': disembunyikan karena berasal dari kurang dari {MinimumCellRecords} record, untuk menjaga kerahasiaan");
        text.AppendLine("  responden (UU 16/1997 Pasal 21); jumlah baris dan kolom tetap memuatnya.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  (A cell '{Tabulator.Suppressed}' rests on fewer than {MinimumCellRecords} records and is hidden to protect respondents; totals include it.)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  '{Tabulator.Empty}': record tanpa isian pada variabel itu (no value recorded).");
        text.AppendLine("  SHA256SUMS: checksum SHA-256 setiap berkas (periksa dengan: sha256sum -c SHA256SUMS).");
        text.AppendLine();
        text.AppendLine("Ketentuan penggunaan mengikuti Surat Perjanjian Penggunaan Data permintaan ini. (Terms of use: the request's data-use agreement.)");
        return text.ToString();
    }
}
