namespace Pst.Products.Microdata.Synthetic;

/// <summary>The 35 kabupaten/kota of Jawa Tengah (code 33xx and name), from the real code table recipes/files/wilayah/codes_33.csv.</summary>
public static class JawaTengahRegencies
{
    public const string ProvinceCode = "33";
    public const string ProvinceName = "Jawa Tengah";

    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> Table = new(Load);

    public static IReadOnlyList<(string Code, string Name)> All => Table.Value;

    private static IReadOnlyList<(string Code, string Name)> Load()
    {
        using var stream = typeof(JawaTengahRegencies).Assembly.GetManifestResourceStream("Pst.Products.Microdata.codes_33.csv")
            ?? throw new InvalidOperationException("The code table codes_33.csv is not embedded.");
        using var reader = new Extraction.CsvRecordReader(stream);
        var level = reader.Header.ToList().IndexOf("level");
        var regencies = new List<(string, string)>();
        while (reader.ReadRecord())
        {
            if (reader.Record[level] == "kabupaten_kota")
            {
                regencies.Add((reader.Record[0], reader.Record[1]));
            }
        }

        return regencies.OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
    }
}
