using Pst.Products.Microdata.Catalogue;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// The data dictionary as a CSV file (kamus-data.csv) beside an extract or a sample, and as the free record layout of
/// a catalogue page: one row per variable, in the extract's column order.
/// </summary>
public static class DictionaryFile
{
    public const string FileName = "kamus-data.csv";

    public static readonly string[] Header = ["column", "name", "label", "type", "decimals", "section", "question", "universe", "value_labels"];

    public static void Write(IReadOnlyList<Variable> variables, Stream target)
    {
        using var csv = new CsvRecordWriter(target);
        csv.Write(Header);
        var column = 1;
        foreach (var v in variables)
        {
            csv.Write([
                (column++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Name,
                v.Label,
                v.Type == VariableType.Numeric ? "numeric" : "text",
                v.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.Section ?? "",
                v.Question ?? "",
                v.Universe ?? "",
                ValueLabelsText(v),
            ]);
        }
    }

    /// <summary>"1=Perkotaan; 2=Perdesaan".</summary>
    public static string ValueLabelsText(Variable v) => string.Join("; ", v.ValueLabels.Select(p => $"{p.Key}={p.Value}"));
}
