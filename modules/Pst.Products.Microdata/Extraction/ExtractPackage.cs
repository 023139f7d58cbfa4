using System.Text;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// The delivered extract: one zip holding the data as CSV and as Parquet, the data dictionary of the delivered
/// variables, a README and SHA-256 checksums of each. Built from temporary files, each written as a stream, so
/// memory stays bounded whatever the size of the data.
/// </summary>
public static class ExtractPackage
{
    public const string ChecksumsName = ChecksummedZip.ChecksumsName;
    public const string ReadmeName = "README.txt";

    /// <summary>Writes the package into <paramref name="zipPath"/> and returns the measure of its CSV data file.</summary>
    /// <param name="openSource">Opens the dataset's data file (read twice: once for CSV, once for Parquet).</param>
    public static ExtractMeasure Write(Func<Stream> openSource, DatasetSelection selection, string baseName, Func<ExtractMeasure, ExtractReadme> readme, string zipPath, IReadOnlyDictionary<string, string> parquetMetadata)
    {
        var folder = Directory.CreateTempSubdirectory("pst-extract-");
        try
        {
            var csvName = baseName + ".csv";
            var parquetName = baseName + ".parquet";
            ExtractMeasure measure;
            using (var source = openSource())
            using (var csv = File.Create(Path.Combine(folder.FullName, csvName)))
            {
                measure = ExtractMeasure.Write(source, selection, csv);
            }

            using (var source = openSource())
            {
                ParquetExtract.Write(Extractor.Records(source, selection), selection, Path.Combine(folder.FullName, parquetName), parquetMetadata);
            }

            using (var dictionary = File.Create(Path.Combine(folder.FullName, DictionaryFile.FileName)))
            {
                DictionaryFile.Write(selection.Variables, dictionary);
            }

            File.WriteAllText(Path.Combine(folder.FullName, ReadmeName), readme(measure).Text(), new UTF8Encoding(false));
            ChecksummedZip.Write(folder.FullName, [csvName, parquetName, DictionaryFile.FileName, ReadmeName], zipPath);
            return measure;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
