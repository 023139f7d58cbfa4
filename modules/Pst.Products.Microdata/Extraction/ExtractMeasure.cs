using Pst.Core.Products;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// The extract as the offer measured it: the bytes of its CSV data file (what is priced), that file's SHA-256
/// (so delivery can prove it hands over the very data that was priced and sampled) and its record count.
/// </summary>
public sealed record ExtractMeasure(long Bytes, string Sha256, long Records)
{
    private const string BytesKey = "bytes";
    private const string Sha256Key = "sha256";
    private const string RecordsKey = "records";

    public LineMeasures ToMeasures() => new(new Dictionary<string, string>
    {
        [BytesKey] = Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [Sha256Key] = Sha256,
        [RecordsKey] = Records.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>The file as a line's description names it, so the agreement identifies the very file handed over.</summary>
    public IReadOnlyList<LineDetail> Describe(bool withRecords)
    {
        var indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        List<LineDetail> details = withRecords ? [new("Records", [Records.ToString("N0", indonesian)])] : [];
        details.Add(new("Size", [$"{Catalogue.FileSize.Describe(Bytes)} ({Bytes.ToString("N0", indonesian)} byte)"]));
        details.Add(new("SHA-256 of the data file", [Sha256]));
        return details;
    }

    public static ExtractMeasure? From(LineMeasures? measures) =>
        measures?.GetInt64(BytesKey) is { } bytes && measures.Get(Sha256Key) is { } sha256
            ? new ExtractMeasure(bytes, sha256, measures.GetInt64(RecordsKey) ?? 0)
            : null;

    /// <summary>
    /// Writes the extract as CSV into <paramref name="target"/> (or nowhere), measuring it, and keeps its first
    /// <paramref name="sampleRecords"/> records as a CSV of the same columns in <paramref name="sample"/>.
    /// </summary>
    public static ExtractMeasure Write(Stream source, DatasetSelection selection, Stream? target, Stream? sample = null, int sampleRecords = 0)
    {
        using var hashing = new HashingStream(target);
        long records = 0;
        using (var csv = new CsvRecordWriter(hashing))
        using (var sampleCsv = sample is null ? null : new CsvRecordWriter(sample))
        {
            var header = Extractor.Columns(selection);
            csv.Write(header);
            sampleCsv?.Write(header);
            foreach (var record in Extractor.Records(source, selection))
            {
                csv.Write(record);
                if (records < sampleRecords)
                {
                    sampleCsv?.Write(record);
                }

                records++;
            }
        }

        return new ExtractMeasure(hashing.BytesWritten, hashing.Sha256, records);
    }
}
