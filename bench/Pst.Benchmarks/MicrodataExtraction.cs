using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Extraction;
using Pst.Products.Microdata.Synthetic;

namespace Pst.Benchmarks;

/// <summary>
/// The microdata extraction as a command, so bench/microdata-extract.sh can time it and read its peak memory beside
/// mawk and Miller on the same file: the module's own reader, selection and CSV writer, nothing else.
/// </summary>
public static class MicrodataExtraction
{
    public static void Synthesize(string file, long records, int seed)
    {
        using var target = File.Create(file);
        SyntheticHouseholdSurvey.Write(target, seed, records);
    }

    public static void Extract(string source, string regency, IReadOnlyList<string> names, string output)
    {
        var dictionary = new DataDictionary(SyntheticHouseholdSurvey.Dictionary("bench"));
        var selection = new DatasetSelection(
            new HashSet<string>([regency], StringComparer.Ordinal),
            dictionary.Selected(names),
            SyntheticHouseholdSurvey.ProvinceVariable,
            SyntheticHouseholdSurvey.RegencyVariable);
        using var input = File.OpenRead(source);
        using var target = File.Create(output);
        var measure = ExtractMeasure.Write(input, selection, target);
        Console.WriteLine($"{measure.Records} records, {measure.Bytes} bytes, sha256 {measure.Sha256}");
    }
}
