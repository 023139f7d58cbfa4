using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Recipes;
using Pst.Products.Microdata.Extraction;
using Pst.Products.Microdata.Tabulation;

namespace Pst.Products.Microdata.Tests;

/// <summary>
/// Processed data (tariff II.B): a table computed from the microdata — by hand on a small file (categories in
/// dictionary order, unlabelled and empty values, suppressed small cells, totals), then through the product
/// contract on the demo dataset, compared with the sums of the source file and priced on its bytes.
/// </summary>
public sealed class TabulationTests : IAsyncLifetime
{
    private static readonly TariffSchedule Pp13 = new("PP 13/2024", new DateOnly(2024, 1, 1),
    [
        new("II.B.1", "Data mikro dengan proses data, sampai dengan 1 MB", "1 MB", new Rupiah(22_000)),
        new("II.B.2", "Data mikro dengan proses data, tambahan per 1.000 bytes", "1.000 bytes", new Rupiah(22)),
    ], Confirmed: false);

    private MicrodataSite _site = null!;
    private CatalogueItem _item = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await MicrodataSite.StartAsync();
        await _site.ApplyDemoAsync();
        _item = (await _site.Services.InScopeAsync(sp => sp.GetRequiredService<ICatalogueStore>().FindAsync(MicrodataRecipeStep.TabulationCode(MicrodataSite.DatasetCode))))!;
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static Variable Categorical(string name, string label, params (string Code, string Label)[] values) =>
        new("t", 1, name, label, VariableType.Numeric, 0, VariableRole.Regular, null, null, null, values.ToDictionary(v => v.Code, v => v.Label));

    [Fact]
    public void A_table_sums_the_weights_by_category_hides_cells_on_too_few_records_and_keeps_them_in_the_totals()
    {
        const string data = "R101,R102,R105,R1807,FWT\n33,74,1,1,100.5\n33,74,1,1,50\n33,74,1,2,10\n33,74,2,1,200\n33,74,2,,30\n33,74,1,9,40\n33,22,1,1,1000\n";
        var weight = new Variable("t", 3, "FWT", "Penimbang", VariableType.Numeric, 2, VariableRole.Weight, null, null, null, new Dictionary<string, string>());
        var spec = new TableSpec(
            Categorical("R105", "Klasifikasi", ("1", "Perkotaan"), ("2", "Perdesaan")),
            Categorical("R1807", "Sumber air", ("1", "Air kemasan"), ("2", "Ledeng")),
            weight, new HashSet<string> { "3374" }, "R101", "R102");
        using var table = new MemoryStream();
        var measure = Tabulator.Write(new MemoryStream(Encoding.UTF8.GetBytes(data)), spec, table, minimumCellRecords: 2);

        Assert.Equal(
            """
            R105 \ R1807,1 Air kemasan,2 Ledeng,9,(kosong),Jumlah
            1 Perkotaan,151,x,x,0,201
            2 Perdesaan,x,0,0,x,230
            Jumlah,351,x,x,x,431

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Encoding.UTF8.GetString(table.ToArray()));
        Assert.Equal((table.Length, Convert.ToHexStringLower(SHA256.HashData(table.ToArray())), 6L), (measure.Bytes, measure.Sha256, measure.Records));

        var rowsOnly = spec with { Columns = null, Regencies = null };
        using var single = new MemoryStream();
        Tabulator.Write(new MemoryStream(Encoding.UTF8.GetBytes(data)), rowsOnly, single, minimumCellRecords: 2);
        Assert.Equal("R105,Jumlah\n1 Perkotaan,1201\n2 Perdesaan,230\nJumlah,1431\n", Encoding.UTF8.GetString(single.ToArray()));
    }

    [Fact]
    public async Task The_dataset_is_offered_as_tables_whose_choices_are_checked()
    {
        Assert.Equal(TabulationProductType.TypeId, _item.ProductTypeId);
        Assert.Equal(MicrodataSite.DatasetCode, _item.GetString(TabulationProductType.DatasetAttribute));
        var choices = await WithTypeAsync((type, _) => type.DescribeChoicesAsync(_item, SalesChannel.Online, default));
        Assert.Equal([AreaChoices.Coverage, AreaChoices.Regencies, TabulationProductType.RowsChoice, TabulationProductType.ColumnsChoice], choices.Select(c => c.Key));
        var rows = choices[2].Options.Select(o => o.Value).ToList();
        Assert.Contains("R105", rows);
        Assert.Contains("R102", rows); // by kabupaten/kota
        Assert.DoesNotContain("FWT", rows); // a weight is not a category
        Assert.DoesNotContain("EXP_CAP", rows); // nor an amount
        Assert.Equal(TabulationProductType.NoColumns, choices[3].Options[0].Value);

        var same = await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(Table("R105", "R105", "3374"))));
        Assert.Equal([TabulationProductType.ColumnsChoice], same.Select(e => e.ChoiceKey));
        var noArea = await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(Table("R105", "R1807"))));
        Assert.Equal([AreaChoices.Regencies], noArea.Select(e => e.ChoiceKey));
        Assert.Empty(await WithTypeAsync((_, lines) => lines.ValidateAsync(Line(Table("R105", "R1807", "3374")))));
        Assert.False((await WithTypeAsync((type, _) => Task.FromResult(type.Requirements(Line(Table("R105", "R1807", "3374")))))).NeedsSample);
    }

    [Fact]
    public async Task The_delivered_table_is_the_sum_of_the_source_weights_priced_on_its_bytes_and_refused_if_the_data_changed()
    {
        var line = Line(Table("R105", "R1807", "3374", "3322"));
        var estimate = await WithTypeAsync((type, _) => type.PriceAsync(line, Pp13, default));
        Assert.True(estimate.Estimate);
        var measures = await WithTypeAsync((type, _) => type.PrepareOfferAsync(new DeliveryContext(line, "PST-2026-00050", "Sari Wulandari", new MemoryTarget()), default));
        var priced = await WithTypeAsync((type, _) => type.PriceAsync(line with { Measures = measures }, Pp13, default));
        Assert.False(priced.Estimate);
        Assert.Equal(("II.B.1", new Rupiah(22_000)), (priced.Components.Single().TariffCode, priced.Total));

        var delivery = new MemoryTarget();
        await WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(line with { Measures = measures }, "PST-2026-00050", "Sari Wulandari", delivery), default);
            return 0;
        });
        var file = delivery.Files.Single();
        var baseName = $"tabel-{MicrodataSite.DatasetCode}-PST-2026-00050";
        Assert.Equal(baseName + ".zip", file.Name);
        var entries = Entries(file.Content);
        Assert.Equal([baseName + ".csv", ExtractPackage.ReadmeName, ExtractPackage.ChecksumsName], entries.Keys);
        foreach (var sum in Encoding.UTF8.GetString(entries[ExtractPackage.ChecksumsName]).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[sum[66..]])), sum[..64]);
        }

        Assert.Contains("PST-2026-00050", Encoding.UTF8.GetString(entries[ExtractPackage.ReadmeName]), StringComparison.Ordinal);

        // Each cell against the source: the weights of the two kabupaten/kota's households, summed by hand.
        var lines = (await File.ReadAllLinesAsync(SourceFile)).Select(l => l.Split(',')).ToList();
        var index = lines[0].Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        var chosen = lines.Skip(1).Where(r => r[index["R102"]] is "74" or "22").ToList();
        var table = Encoding.UTF8.GetString(entries[baseName + ".csv"]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var header = table[0];
        var urban = table.Single(r => r[0] == "1 Perkotaan");
        for (var column = 1; column < header.Length - 1; column++)
        {
            var code = header[column].Split(' ')[0];
            var cell = chosen.Where(r => r[index["R105"]] == "1" && r[index["R1807"]] == code).ToList();
            var expected = cell.Count is > 0 and < 3 ? "x" : Math.Round(cell.Sum(r => double.Parse(r[index["FWT"]], CultureInfo.InvariantCulture)), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
            Assert.Equal(expected, urban[column]);
        }

        var total = Math.Round(chosen.Sum(r => double.Parse(r[index["FWT"]], CultureInfo.InvariantCulture)), MidpointRounding.AwayFromZero);
        Assert.Equal(total.ToString("0", CultureInfo.InvariantCulture), table[^1][^1]);

        // A weight changed in the data file after the offer: the table would differ from the one priced.
        var rows = await File.ReadAllLinesAsync(SourceFile);
        var changed = Array.FindIndex(rows, l => l.Split(',')[1] == "22");
        var fields = rows[changed].Split(',');
        fields[index["FWT"]] = "99999.99";
        rows[changed] = string.Join(',', fields);
        await File.WriteAllTextAsync(SourceFile, string.Join('\n', rows) + "\n");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WithTypeAsync(async (type, _) =>
        {
            await type.DeliverAsync(new DeliveryContext(line with { Measures = measures }, "PST-2026-00050", "Sari Wulandari", new MemoryTarget()), default);
            return 0;
        }));
        Assert.Contains("changed after the offer", refused.Message, StringComparison.Ordinal);
    }

    private string SourceFile => Directory.GetFiles(_site.DataDirectory, "*.csv").Single();

    private static LineChoices Table(string rows, string columns, params string[] regencies) => LineChoices.Of(
        (AreaChoices.Coverage, [AreaChoices.SelectedRegencies]),
        (AreaChoices.Regencies, regencies),
        (TabulationProductType.RowsChoice, [rows]),
        (TabulationProductType.ColumnsChoice, [columns]));

    private ProductLine Line(LineChoices choices, LineMeasures? measures = null) =>
        new(_item, choices, new OrderingContext(SalesChannel.Online, CustomerSegment.Student, Domicile.Indonesia, new DateOnly(2026, 12, 2)), measures);

    private Task<T> WithTypeAsync<T>(Func<IProductType, ProductLineService, Task<T>> action) =>
        _site.Services.InScopeAsync(sp => action(sp.GetServices<IProductType>().Single(t => t.Id == TabulationProductType.TypeId), sp.GetRequiredService<ProductLineService>()));

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
}
