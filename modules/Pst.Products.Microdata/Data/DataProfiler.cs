using System.Text;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Data;

/// <summary>One pass over a data file: its records, records per kabupaten/kota, and the bytes each column takes.</summary>
public static class DataProfiler
{
    public static DataProfile Profile(Stream source, string provinceVariable, string regencyVariable)
    {
        using var reader = new CsvRecordReader(source);
        var header = reader.Header.ToList();
        var province = header.FindIndex(h => string.Equals(h, provinceVariable, StringComparison.OrdinalIgnoreCase));
        var regency = header.FindIndex(h => string.Equals(h, regencyVariable, StringComparison.OrdinalIgnoreCase));
        if (province < 0 || regency < 0)
        {
            throw new InvalidDataException($"The data file has no column '{(province < 0 ? provinceVariable : regencyVariable)}'.");
        }

        var bytes = new long[header.Count];
        var byRegency = new Dictionary<string, long>(StringComparer.Ordinal);
        long records = 0;
        while (reader.ReadRecord())
        {
            var record = reader.Record;
            for (var i = 0; i < record.Length; i++)
            {
                bytes[i] += Encoding.UTF8.GetByteCount(record[i]) + 1; // the value and the comma or line end after it
            }

            var code = DatasetSelection.RegencyCode(record[province], record[regency]);
            byRegency[code] = byRegency.GetValueOrDefault(code) + 1;
            records++;
        }

        var headerBytes = header.Sum(h => Encoding.UTF8.GetByteCount(h) + 1);
        return new DataProfile(records, headerBytes, byRegency, header.Select((h, i) => (h, bytes[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The bytes an extract of <paramref name="selection"/> is expected to take as CSV: the header plus each selected
    /// column's bytes, scaled by the share of records in the chosen kabupaten/kota.
    /// </summary>
    public static long EstimateBytes(DataProfile profile, DatasetSelection selection)
    {
        var share = selection.WholeProvince || profile.Records == 0
            ? 1.0
            : selection.Regencies!.Sum(r => profile.RecordsByRegency.GetValueOrDefault(r)) / (double)profile.Records;
        var header = selection.Variables.Sum(v => Encoding.UTF8.GetByteCount(v.Name) + 1);
        var body = selection.Variables.Sum(v => profile.BytesByVariable.GetValueOrDefault(v.Name));
        return header + (long)Math.Round(body * share);
    }
}
