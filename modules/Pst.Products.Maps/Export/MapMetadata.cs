using System.Globalization;
using System.Text;
using Pst.Core.Products;

namespace Pst.Products.Maps.Export;

/// <summary>
/// The metadata that goes with every map (and, as its README, inside the zipped Shapefile): what the map is, for whom,
/// the source and edition of the boundaries, the coordinate system, the features and their fields, and the terms of
/// the data-use agreement it is delivered under. In Indonesian, as every document of the office.
/// </summary>
public static class MapMetadata
{
    public const string Crs = "WGS 84 (EPSG:4326), bujur dan lintang dalam derajat desimal";

    public static string Describe(WorkAreaMap map, string files)
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        var edition = map.Edition;
        var text = new StringBuilder();
        text.AppendLine("PETA DIGITAL WILAYAH KERJA STATISTIK");
        text.AppendLine(map.Title);
        text.AppendLine();
        text.AppendLine($"Permintaan      : {map.RequestNumber}, untuk {map.BuyerName}, {map.Date:yyyy-MM-dd}");
        text.AppendLine($"Wilayah         : {map.CoverageName} ({map.Coverage.Code}), Provinsi {map.Province.Name} ({map.Province.Code})");
        text.AppendLine($"Tingkat         : {map.LevelName}");
        text.AppendLine($"Jumlah fitur    : {map.Features.Count.ToString("N0", id)} {map.LevelName}");
        text.AppendLine($"Sistem koordinat: {Crs}");
        text.AppendLine($"Sumber batas    : {edition.Source}");
        text.AppendLine($"Edisi           : {edition.Title}, keadaan {edition.Edition}, diimpor {edition.ImportedAt:yyyy-MM-dd}");
        text.AppendLine($"Lisensi         : {edition.Licence}");
        text.AppendLine($"Berkas          : {files}");
        text.AppendLine();
        text.AppendLine("Kolom atribut (nama kolom paling banyak 10 karakter, sama pada setiap format):");
        foreach (var field in map.Fields)
        {
            text.AppendLine($"  {field.Name,-10} teks, {field.Width,2} karakter  {field.Description}");
        }

        text.AppendLine();
        text.AppendLine("Batas wilayah kerja statistik ini bukan batas administrasi resmi; batas administrasi ditetapkan Kemendagri dan BIG.");
        text.AppendLine();
        text.AppendLine($"Ketentuan penggunaan (Surat Perjanjian Penggunaan Data, permintaan {map.RequestNumber}):");
        var number = 1;
        foreach (var clause in DataUseTerms.Clauses)
        {
            text.AppendLine($"  {number++}. {clause}");
        }

        return text.ToString();
    }
}
