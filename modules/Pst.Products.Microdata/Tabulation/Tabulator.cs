using System.Globalization;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Tabulation;

/// <summary>
/// Computes a table in one streamed pass over the data file and writes it as CSV: a row per category of the row
/// variable in dictionary order (values the dictionary does not label follow by code, an empty value last), a
/// column per category of the column variable (or none) and the totals. A cell is the sum of the weights, rounded
/// to a whole number; a cell resting on fewer records than the confidentiality threshold is shown as "x" (primary
/// suppression; the totals include it). The CSV's bytes and SHA-256 are measured as it is written.
/// </summary>
public static class Tabulator
{
    public const string Suppressed = "x";
    public const string Empty = "(kosong)";
    public const string Total = "Jumlah";

    public static ExtractMeasure Write(Stream source, TableSpec spec, Stream? target, int minimumCellRecords)
    {
        var cells = new Dictionary<(string Row, string Column), (double Weight, long Records)>();
        long records = 0;
        var withColumns = spec.Columns is not null;
        foreach (var record in Extractor.Records(source, spec.Selection))
        {
            var key = (record[0].Trim(), withColumns ? record[1].Trim() : Total);
            var weight = double.TryParse(record[withColumns ? 2 : 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 0;
            var (sum, count) = cells.GetValueOrDefault(key);
            cells[key] = (sum + weight, count + 1);
            records++;
        }

        var rows = Categories(spec.Rows.ValueLabels, cells.Keys.Select(k => k.Row));
        var columns = withColumns ? Categories(spec.Columns!.ValueLabels, cells.Keys.Select(k => k.Column)) : [];
        using var hashing = new HashingStream(target);
        using (var csv = new CsvRecordWriter(hashing))
        {
            var corner = withColumns ? $"{spec.Rows.Name} \\ {spec.Columns!.Name}" : spec.Rows.Name;
            csv.Write([corner, .. columns.Select(c => c.Label), Total]);
            foreach (var row in rows)
            {
                var line = new List<string> { row.Label };
                line.AddRange(columns.Select(c => Cell(cells.GetValueOrDefault((row.Code, c.Code)), minimumCellRecords)));
                line.Add(Cell(Sum(cells.Where(c => c.Key.Row == row.Code).Select(c => c.Value)), minimumCellRecords));
                csv.Write(line);
            }

            var totals = new List<string> { Total };
            totals.AddRange(columns.Select(c => Cell(Sum(cells.Where(x => x.Key.Column == c.Code).Select(x => x.Value)), minimumCellRecords)));
            totals.Add(Cell(Sum(cells.Values), minimumCellRecords));
            csv.Write(totals);
        }

        return new ExtractMeasure(hashing.BytesWritten, hashing.Sha256, records);
    }

    private static (double, long) Sum(IEnumerable<(double Weight, long Records)> cells) =>
        cells.Aggregate((0d, 0L), (total, cell) => (total.Item1 + cell.Weight, total.Item2 + cell.Records));

    private static string Cell((double Weight, long Records) cell, int minimumCellRecords) =>
        cell.Records > 0 && cell.Records < minimumCellRecords
            ? Suppressed
            : Math.Round(cell.Weight, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The labelled categories in dictionary order, then unlabelled values found in the data, then the empty value.</summary>
    private static IReadOnlyList<(string Code, string Label)> Categories(IReadOnlyDictionary<string, string> labels, IEnumerable<string> found)
    {
        var categories = labels.Select(l => (l.Key, $"{l.Key} {l.Value}")).ToList();
        var seen = found.Distinct().ToList();
        categories.AddRange(seen.Where(v => v.Length > 0 && !labels.ContainsKey(v)).Order(StringComparer.Ordinal).Select(v => (v, v)));
        if (seen.Contains(""))
        {
            categories.Add(("", Empty));
        }

        return categories;
    }
}
