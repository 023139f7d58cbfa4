using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using ParquetSharp;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Tests;

/// <summary>
/// The microdata product type through the product contract, on the demo dataset: choices online and at the desk,
/// their checks, the price estimate and the measured price, the sample, and the delivered package read back and
/// compared with the source file row by row.
/// </summary>
public sealed class MicrodataProductTypeTests : IAsyncLifetime
{
    private static readonly TariffSchedule Pp13 = new("PP 13/2024", new DateOnly(2024, 1, 1),
    [
        new("II.A.1", "Data mikro tanpa proses data, sampai dengan 1 MB", "1 MB", new Rupiah(20_000)),
        new("II.A.2", "Data mikro tanpa proses data, tambahan per 1.000 bytes", "1.000 bytes", new Rupiah(20)),
    ], Confirmed: false);

    private MicrodataSite _site = null!;
    private CatalogueItem _item = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await MicrodataSite.StartAsync();
        await _site.ApplyDemoAsync();
        _item = (await _site.ItemAsync())!;
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static ProductLine Line(CatalogueItem item, LineChoices choices, SalesChannel channel = SalesChannel.Online, LineMeasures? measures = null) =>
        new(item, choices, new OrderingContext(channel, CustomerSegment.Student, Domicile.Indonesia, new DateOnly(2026, 12, 2)), measures);

    private static LineChoices Semarang(params string[] variables) => LineChoices.Of(
        (MicrodataProductType.CoverageChoice, [MicrodataProductType.SelectedRegencies]),
        (MicrodataProductType.RegenciesChoice, ["3374", "3322"]),
        (MicrodataProductType.VariablesChoice, ["R101", "R102", "URUT", "FWT", .. variables]));

    private Task<T> WithTypeAsync<T>(Func<IProductType, ProductLineService, Task<T>> action) =>
        _site.Services.InScopeAsync(sp => action(sp.GetServices<IProductType>().Single(t => t.Id == MicrodataProductType.TypeId), sp.GetRequiredService<ProductLineService>()));

    private string SourceFile => Directory.GetFiles(_site.DataDirectory, "*.csv").Single();

    [Fact]
    public async Task Online_the_customer_chooses_coverage_kabupaten_kota_and_variables_by_section_with_the_key_variables_fixed()
    {
        var choices = await WithTypeAsync((type, _) => type.DescribeChoicesAsync(_item, SalesChannel.Online, default));

        Assert.Equal([MicrodataProductType.CoverageChoice, MicrodataProductType.RegenciesChoice, MicrodataProductType.VariablesChoice], choices.Select(c => c.Key));
        var regencies = choices[1];
        Assert.Equal(35, regencies.Options.Count);
        Assert.Contains(regencies.Options, o => o.Value == "3374" && o.Label == "3374 Kota Semarang");
        var variables = choices[2];
        Assert.True(variables.Searchable);
        Assert.Equal(39, variables.Options.Count);
        Assert.Equal(["R101", "R102", "URUT", "FWT"], variables.Options.Where(o => o.Fixed).Select(o => o.Value));
        Assert.Equal("Blok XVIII. Keterangan Perumahan", variables.Options.Single(o => o.Value == "R1807").Group);
    }

    [Fact]
    public async Task At_the_desk_the_full_set_is_sold_and_any_choice_is_refused()
    {
        var desk = await WithTypeAsync((type, _) => type.DescribeChoicesAsync(_item, SalesChannel.WalkIn, default));
        Assert.Empty(desk);

        var full = await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(_item, LineChoices.Empty, SalesChannel.WalkIn)));
        Assert.Empty(full);
        var picked = await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(_item, Semarang("R105"), SalesChannel.WalkIn)));
        Assert.Equal([MicrodataProductType.CoverageChoice, MicrodataProductType.RegenciesChoice, MicrodataProductType.VariablesChoice], picked.Select(e => e.ChoiceKey).Order());
        Assert.All(picked, e => Assert.Equal("'{0}' is not a choice of this product.", e.Message));
    }

    public static TheoryData<string, string[], string[], string, string> FaultyLines => new()
    {
        { MicrodataProductType.SelectedRegencies, [], ["R101", "R102", "URUT", "FWT", "R105"], MicrodataProductType.RegenciesChoice, "Choose at least one kabupaten/kota, or the whole province." },
        { MicrodataProductType.WholeProvince, ["3374"], ["R101", "R102", "URUT", "FWT", "R105"], MicrodataProductType.RegenciesChoice, "Kabupaten/kota are chosen only with the coverage 'Selected kabupaten/kota'." },
        { MicrodataProductType.WholeProvince, [], ["R101", "R102", "URUT", "FWT"], MicrodataProductType.VariablesChoice, "Choose at least one variable besides the identifying, area and weight variables." },
        { MicrodataProductType.WholeProvince, [], ["R101", "R102", "URUT", "R105"], MicrodataProductType.VariablesChoice, "'{0}' is always part of {1}." },
        { MicrodataProductType.WholeProvince, [], ["R101", "R102", "URUT", "FWT", "NAMA_KRT"], MicrodataProductType.VariablesChoice, "'{0}' is not an option of {1}." },
        { MicrodataProductType.SelectedRegencies, ["3501"], ["R101", "R102", "URUT", "FWT", "R105"], MicrodataProductType.RegenciesChoice, "'{0}' is not an option of {1}." },
        { "kecamatan", [], ["R101", "R102", "URUT", "FWT", "R105"], MicrodataProductType.CoverageChoice, "'{0}' is not an option of {1}." },
    };

    [Theory]
    [MemberData(nameof(FaultyLines))]
    public async Task Every_faulty_online_choice_is_refused_with_its_reason(string coverage, string[] regencies, string[] variables, string key, string message)
    {
        var errors = await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(_item, LineChoices.Of(
            (MicrodataProductType.CoverageChoice, [coverage]),
            (MicrodataProductType.RegenciesChoice, regencies),
            (MicrodataProductType.VariablesChoice, variables)))));

        var error = Assert.Single(errors);
        Assert.Equal((key, message), (error.ChoiceKey, error.Message));
    }

    [Fact]
    public async Task Before_the_offer_the_price_is_an_estimate_and_afterwards_it_is_the_price_of_the_measured_extract()
    {
        var line = Line(_item, Semarang("R105", "EXP_CAP"));
        Assert.Empty(await WithTypeAsync((_, lines) => lines.ValidateAsync(line)));
        var estimate = await WithTypeAsync((type, _) => type.PriceAsync(line, Pp13, default));
        Assert.True(estimate.Estimate);

        var target = new MemoryTarget();
        var measures = await WithTypeAsync((type, _) => type.PrepareOfferAsync(new DeliveryContext(line, "PST-2026-00042", "Sari Wulandari", target), default));
        var measured = ExtractMeasure.From(measures)!;
        var exact = await WithTypeAsync((type, _) => type.PriceAsync(line with { Measures = measures }, Pp13, default));

        Assert.False(exact.Estimate);
        Assert.Equal(Rupiah.Sum(Pricing.SizeTariff.Unprocessed.Charge(Pp13, measured.Bytes, new Pricing.MicrodataSettings()).Select(c => c.Amount)), exact.Total);
        var csv = ExpectedCsv(["3374", "3322"], ["R101", "R102", "R105", "URUT", "FWT", "EXP_CAP"]);
        Assert.Equal((long)csv.Length, measured.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(csv)), measured.Sha256);
        var selection = await WithTypeAsync((type, _) => ((MicrodataProductType)type).SelectionOfAsync(line, default));
        var estimatedBytes = Data.DataProfiler.EstimateBytes(Catalogue.DatasetFacts.Of(_item).Profile!, selection);
        Assert.InRange(estimatedBytes, measured.Bytes * 0.9, measured.Bytes * 1.1);
    }

    [Fact]
    public async Task The_sample_is_the_first_records_of_the_delivered_file_with_the_same_columns_and_the_dictionary()
    {
        var line = Line(_item, Semarang("R105", "R1807", "EXP_CAP"));
        var offer = new MemoryTarget();
        var measures = await WithTypeAsync((type, _) => type.PrepareOfferAsync(new DeliveryContext(line, "PST-2026-00042", "Sari Wulandari", offer), default));
        var delivery = new MemoryTarget();
        await WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(line with { Measures = measures }, "PST-2026-00042", "Sari Wulandari", delivery), default);
            return 0;
        });

        var sample = Entries(offer.Files.Single().Content);
        Assert.Equal([MicrodataProductType.SampleDataName, DictionaryFile.FileName], sample.Keys);
        var delivered = Entries(delivery.Files.Single().Content);
        var deliveredLines = Lines(delivered[$"{MicrodataSite.DatasetCode}-PST-2026-00042.csv"]);
        var sampleLines = Lines(sample[MicrodataProductType.SampleDataName]);
        Assert.Equal(11, sampleLines.Count); // the header and the default 10 records
        Assert.Equal(deliveredLines.Take(11), sampleLines);
        Assert.Equal(Lines(delivered[DictionaryFile.FileName]), Lines(sample[DictionaryFile.FileName]));
    }

    [Fact]
    public async Task The_delivered_package_holds_exactly_the_chosen_rows_and_columns_in_CSV_and_Parquet_with_checksums_and_a_readme()
    {
        string[] columns = ["R101", "R102", "R105", "URUT", "FWT", "R1812", "KRT_LAPUS", "EXP_CAP"];
        var line = Line(_item, Semarang("R105", "R1812", "KRT_LAPUS", "EXP_CAP"));
        var delivery = new MemoryTarget();
        await WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(line, "PST-2026-00042", "Sari Wulandari", delivery), default);
            return 0;
        });

        var file = delivery.Files.Single();
        Assert.Equal(($"{MicrodataSite.DatasetCode}-PST-2026-00042.zip", "application/zip"), (file.Name, file.ContentType));
        var entries = Entries(file.Content);
        var baseName = $"{MicrodataSite.DatasetCode}-PST-2026-00042";
        Assert.Equal([baseName + ".csv", baseName + ".parquet", DictionaryFile.FileName, ExtractPackage.ReadmeName, ExtractPackage.ChecksumsName], entries.Keys);

        // CSV: byte for byte the source's rows of the two kabupaten/kota, and only the chosen columns.
        var expected = ExpectedCsv(["3374", "3322"], columns);
        Assert.Equal(expected, entries[baseName + ".csv"]);
        var source = SourceRows();
        var chosen = source.Rows.Where(r => r[source.Index["R102"]] is "74" or "22").ToList();
        Assert.True(chosen.Count > 100);
        Assert.Equal(chosen.Count + 1, Lines(entries[baseName + ".csv"]).Count);

        // Parquet: the same records, typed, with empty fields as nulls, labels in the metadata.
        var parquetPath = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(parquetPath, entries[baseName + ".parquet"]);
            using var reader = new ParquetFileReader(parquetPath);
            Assert.Equal(columns, Enumerable.Range(0, reader.FileMetaData.NumColumns).Select(i => reader.FileMetaData.Schema.Column(i).Name));
            Assert.Equal("Klasifikasi desa/kelurahan", reader.FileMetaData.KeyValueMetadata[ParquetExtract.LabelKey("R105")]);
            Assert.Equal("1=Perkotaan; 2=Perdesaan", reader.FileMetaData.KeyValueMetadata[ParquetExtract.ValuesKey("R105")]);
            using var group = reader.RowGroup(0);
            var rows = (int)group.MetaData.NumRows;
            Assert.Equal(chosen.Count, rows);
            var urut = group.Column(3).LogicalReader<long?>().ReadAll(rows);
            var lapus = group.Column(6).LogicalReader<long?>().ReadAll(rows);
            var expenditure = group.Column(7).LogicalReader<double?>().ReadAll(rows);
            for (var i = 0; i < rows; i++)
            {
                Assert.Equal(long.Parse(chosen[i][source.Index["URUT"]], CultureInfo.InvariantCulture), urut[i]);
                var work = chosen[i][source.Index["KRT_LAPUS"]];
                Assert.Equal(work.Length == 0 ? null : long.Parse(work, CultureInfo.InvariantCulture), lapus[i]);
                Assert.Equal(double.Parse(chosen[i][source.Index["EXP_CAP"]], CultureInfo.InvariantCulture), expenditure[i]);
            }

            Assert.Contains(lapus, v => v is null); // heads who do not work have no industry: missing values survive
        }
        finally
        {
            File.Delete(parquetPath);
        }

        // Checksums of every other file, as sha256sum -c reads them.
        var sums = Lines(entries[ExtractPackage.ChecksumsName]);
        Assert.Equal(4, sums.Count);
        foreach (var sum in sums)
        {
            var (hash, name) = (sum[..64], sum[66..]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[name])), hash);
        }

        var readme = System.Text.Encoding.UTF8.GetString(entries[ExtractPackage.ReadmeName]);
        Assert.Contains("PST-2026-00042", readme);
        Assert.Contains("Sari Wulandari", readme);
        Assert.Contains("3322, 3374", readme);
        Assert.Contains("Maret 2025", readme);
        Assert.Contains("tetap milik BPS", readme);
        Assert.Equal(columns, Lines(entries[DictionaryFile.FileName]).Skip(1).Select(l => l.Split(',')[1]));
    }

    [Fact]
    public async Task The_full_set_at_the_desk_holds_every_record_and_every_variable()
    {
        var delivery = new MemoryTarget();
        await WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(Line(_item, LineChoices.Empty, SalesChannel.WalkIn), "PST-2026-00043", "Budi Santoso", delivery), default);
            return 0;
        });

        var csv = Entries(delivery.Files.Single().Content)[$"{MicrodataSite.DatasetCode}-PST-2026-00043.csv"];
        Assert.Equal(await File.ReadAllBytesAsync(SourceFile), csv);
    }

    [Fact]
    public async Task Delivery_refuses_an_extract_that_differs_from_the_one_priced_and_sampled()
    {
        var line = Line(_item, Semarang("R105"));
        var measures = await WithTypeAsync((type, _) => type.PrepareOfferAsync(new DeliveryContext(line, "PST-2026-00042", "Sari Wulandari", new MemoryTarget()), default));
        var lines = await File.ReadAllLinesAsync(SourceFile);
        var changed = Array.FindIndex(lines, l => l.Split(',')[1] == "74");
        var fields = lines[changed].Split(',');
        fields[3] = "999999"; // a household number of Kota Semarang, in the extract
        lines[changed] = string.Join(',', fields);
        await File.WriteAllTextAsync(SourceFile, string.Join('\n', lines) + "\n");

        var delivery = new MemoryTarget();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(line with { Measures = measures }, "PST-2026-00042", "Sari Wulandari", delivery), default);
            return 0;
        }));
        Assert.Contains("changed after the offer", refused.Message);
        Assert.Empty(delivery.Files);
    }

    [Fact]
    public void Extraction_streams_the_source_and_reads_no_further_than_it_needs()
    {
        var source = new CountingStream(File.OpenRead(SourceFile));
        var selection = new DatasetSelection(null, [new Catalogue.Variable(MicrodataSite.DatasetCode, 1, "URUT", "Nomor urut", Catalogue.VariableType.Numeric, 0, Catalogue.VariableRole.Identifier, null, null, null, new Dictionary<string, string>())], "R101", "R102");

        var first = Extractor.Records(source, selection).First();

        Assert.Equal(["1"], first);
        Assert.InRange(source.BytesRead, 1, 200_000);
        Assert.True(new FileInfo(SourceFile).Length > 3 * source.BytesRead);
    }

    /// <summary>What an extract must be: the source file's header and records, filtered and cut with a plain split (the synthetic file quotes nothing).</summary>
    private byte[] ExpectedCsv(string[] regencies, string[] columns)
    {
        var source = SourceRows();
        var text = new System.Text.StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in source.Rows.Where(r => regencies.Contains("33" + r[source.Index["R102"]])))
        {
            text.Append(string.Join(',', columns.Select(c => row[source.Index[c]]))).Append('\n');
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private (Dictionary<string, int> Index, List<string[]> Rows) SourceRows()
    {
        var lines = File.ReadAllLines(SourceFile);
        var header = lines[0].Split(',');
        return (header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static List<string> Lines(byte[] content) =>
        System.Text.Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
