namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// Streams the records of a selection out of a data file: rows by area, columns by variable, read and handed on
/// one at a time (the array is reused), so a file of millions of records never sits in memory.
/// </summary>
public static class Extractor
{
    /// <summary>Names of the extract's columns, in file order.</summary>
    public static IReadOnlyList<string> Columns(DatasetSelection selection) => selection.Variables.Select(v => v.Name).ToList();

    /// <summary>Each selected record as its selected fields. The source must hold every selected column.</summary>
    public static IEnumerable<string[]> Records(Stream source, DatasetSelection selection)
    {
        using var reader = new CsvRecordReader(source);
        var indexes = selection.Variables.Select(v => IndexOf(reader.Header, v.Name)).ToArray();
        var province = selection.WholeProvince ? -1 : IndexOf(reader.Header, selection.ProvinceVariable);
        var regency = selection.WholeProvince ? -1 : IndexOf(reader.Header, selection.RegencyVariable);
        var row = new string[indexes.Length];
        while (reader.ReadRecord())
        {
            var record = reader.Record;
            if (!selection.WholeProvince && !selection.Regencies!.Contains(DatasetSelection.RegencyCode(record[province], record[regency])))
            {
                continue;
            }

            for (var i = 0; i < indexes.Length; i++)
            {
                row[i] = record[indexes[i]];
            }

            yield return row;
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidDataException($"The data file has no column '{name}'.");
    }
}
