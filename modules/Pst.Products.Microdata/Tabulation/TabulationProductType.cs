using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Data;
using Pst.Products.Microdata.Extraction;
using Pst.Products.Microdata.Pricing;

namespace Pst.Products.Microdata.Tabulation;

/// <summary>
/// Processed data (tariff II.B): a table made from a dataset's microdata for the customer — the weighted count of
/// households by a row variable and optionally a column variable, over the province or chosen kabupaten/kota.
/// Each line is one table, priced on the bytes of its CSV as the offer computes it, and delivered as a zip with the
/// table, a README and checksums. It is microdata sold, so the abstract and the signed agreement are required;
/// there is no sample, since the table is the whole product.
/// </summary>
internal sealed class TabulationProductType(DictionaryStore dictionaries, MicrodataSources sources, ICatalogueStore catalogue, ISiteSettings settings) : IProductType
{
    public const string TypeId = "tabulation";
    public const string RowsChoice = "rows";
    public const string ColumnsChoice = "columns";
    public const string NoColumns = "none";

    /// <summary>The catalogue attribute naming the dataset a tabulation item is made from.</summary>
    public const string DatasetAttribute = "dataset";

    public string Id => TypeId;

    public string ModuleId => MicrodataModule.Id;

    public string DisplayName => "Tabulation";

    public string ProductsNoun => "tabulations of microdata";

    public int ListOrder => 30;

    public void ValidateCatalogueItem(JsonElement attributes, string path, RecipeStepValidation validation) =>
        validation.Error(path, "Tabulations are offered by the 'microdata' recipe step, from a dataset with a 'tabulation' title.");

    public IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item)
    {
        var facts = DatasetFacts.Of(item);
        return
        [
            new("Survey", facts.Survey),
            new("Period", facts.Period),
            new("Geographic coverage", facts.Coverage),
            new("Table contents", "Weighted number of households, by the variables you choose"),
        ];
    }

    public IReadOnlyList<ItemLink> DescribeLinks(CatalogueItem item) =>
        [new("Data dictionary", MicrodataAddresses.Dictionary(DatasetOf(item)))];

    public async Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken)
    {
        var dictionary = await dictionaries.LoadAsync(DatasetOf(item), cancellationToken);
        var categorical = dictionary.Variables.Where(TableSpec.Tabulates).Select(v => new ChoiceOption(v.Name, $"{v.Name} — {v.Label}", v.Section)).ToList();
        return
        [
            .. AreaChoices.Describe(dictionary, DatasetFacts.Of(item)),
            new(RowsChoice, "Rows of the table", ChoiceKind.Single, true, categorical, Searchable: true),
            new(ColumnsChoice, "Columns of the table", ChoiceKind.Single, true, [new(NoColumns, "No column variable (totals only)"), .. categorical], Searchable: true),
        ];
    }

    public async Task<IReadOnlyList<LineDetail>> DescribeLineAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var spec = await SpecOfAsync(line, cancellationToken);
        var dictionary = await dictionaries.LoadAsync(DatasetOf(line.Item), cancellationToken);
        var facts = DatasetFacts.Of(line.Item);
        var details = new List<LineDetail>
        {
            new("Period", [facts.Period]),
            new("Area coverage", spec.Regencies is null ? ["The whole province"] : AreaChoices.SelectedLabels(dictionary, facts, line.Choices)),
            new("Rows of the table", [$"{spec.Rows.Name} — {spec.Rows.Label}"]),
            new("Columns of the table", [spec.Columns is { } columns ? $"{columns.Name} — {columns.Label}" : "No column variable (totals only)"]),
        };
        details.AddRange(ExtractMeasure.From(line.Measures)?.Describe(withRecords: false) ?? []);

        return details;
    }

    public async Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken)
    {
        if ((await dictionaries.LoadAsync(DatasetOf(line.Item), cancellationToken)).IsEmpty || await SourceAsync(line.Item, cancellationToken) is null)
        {
            return [new LineValidationError(RowsChoice, "The data of this dataset are not available yet. Please ask the office.")];
        }

        var errors = AreaChoices.Validate(line.Choices).ToList();
        if (line.Choices.Single(RowsChoice) == line.Choices.Single(ColumnsChoice))
        {
            errors.Add(new LineValidationError(ColumnsChoice, "Choose a column variable other than the row variable."));
        }

        return errors;
    }

    public ProductRequirements Requirements(ProductLine line) =>
        new([new RequiredDocument(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: false, NeedsAgreement: true);

    /// <summary>On the computed table once the offer is prepared; before that the first megabyte, as an estimate (tables are small).</summary>
    public async Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken)
    {
        var rules = await MicrodataSettings.LoadAsync(settings, cancellationToken);
        return ExtractMeasure.From(line.Measures) is { } measured
            ? new PriceQuote(schedule.Regulation, SizeTariff.Processed.Charge(schedule, measured.Bytes, rules))
            : new PriceQuote(schedule.Regulation, SizeTariff.Processed.Charge(schedule, 0, rules), Estimate: true);
    }

    /// <summary>Computes the table as it will be delivered, measuring its bytes and checksum; nothing is kept.</summary>
    public async Task<LineMeasures> PrepareOfferAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var (measure, _) = await ComputeAsync(context.Line, keep: false, cancellationToken);
        return measure.ToMeasures();
    }

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var (measure, table) = await ComputeAsync(context.Line, keep: true, cancellationToken);
        if (ExtractMeasure.From(context.Line.Measures) is { } offered && offered.Sha256 != measure.Sha256)
        {
            throw new InvalidOperationException($"The data file of dataset '{DatasetOf(context.Line.Item)}' changed after the offer: the table is not the one that was priced.");
        }

        var item = context.Line.Item;
        var facts = DatasetFacts.Of(item);
        var spec = await SpecOfAsync(context.Line, cancellationToken);
        var baseName = $"tabel-{DatasetOf(item)}-{context.RequestNumber}";
        var folder = Directory.CreateTempSubdirectory("pst-table-");
        var zipPath = Path.Combine(folder.FullName, baseName + ".zip");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, baseName + ".csv"), table!, cancellationToken);
            var areas = spec.Regencies is null ? facts.Coverage : string.Join(", ", spec.Regencies.Order(StringComparer.Ordinal));
            var readme = new TableReadme(item.Title, facts.Survey, facts.Period, context.RequestNumber, context.BuyerName, areas,
                $"{spec.Rows.Name} {spec.Rows.Label}", spec.Columns is { } c ? $"{c.Name} {c.Label}" : null, (await MicrodataSettings.LoadAsync(settings, cancellationToken)).MinimumCellRecords, baseName + ".csv");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, ExtractPackage.ReadmeName), readme.Text(), new UTF8Encoding(false), cancellationToken);
            ChecksummedZip.Write(folder.FullName, [baseName + ".csv", ExtractPackage.ReadmeName], zipPath);
            await using var zip = File.OpenRead(zipPath);
            await context.Target.AddFileAsync(baseName + ".zip", "application/zip", zip, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<(ExtractMeasure Measure, byte[]? Table)> ComputeAsync(ProductLine line, bool keep, CancellationToken cancellationToken)
    {
        var spec = await SpecOfAsync(line, cancellationToken);
        var rules = await MicrodataSettings.LoadAsync(settings, cancellationToken);
        var path = await SourceAsync(line.Item, cancellationToken) ?? throw new InvalidOperationException($"The data file of dataset '{DatasetOf(line.Item)}' is not in place.");
        using var table = keep ? new MemoryStream() : null;
        await using var source = File.OpenRead(path);
        var measure = Tabulator.Write(source, spec, table, rules.MinimumCellRecords);
        return (measure, table?.ToArray());
    }

    internal async Task<TableSpec> SpecOfAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var facts = DatasetFacts.Of(line.Item);
        var dictionary = await dictionaries.LoadAsync(DatasetOf(line.Item), cancellationToken);
        var rows = dictionary.Find(line.Choices.Single(RowsChoice) ?? "") ?? throw new InvalidOperationException("A table needs its row variable.");
        var columns = line.Choices.Single(ColumnsChoice) is { } name and not NoColumns ? dictionary.Find(name) : null;
        var weight = dictionary.Variables.FirstOrDefault(v => v.Role == VariableRole.Weight) ?? throw new InvalidOperationException($"The dataset '{DatasetOf(line.Item)}' has no weight variable to count households with.");
        return new TableSpec(rows, columns, weight, AreaChoices.Selected(line.Choices), facts.ProvinceVariable, facts.RegencyVariable);
    }

    private async Task<string?> SourceAsync(CatalogueItem item, CancellationToken cancellationToken) =>
        await catalogue.FindAsync(DatasetOf(item), cancellationToken) is { } dataset ? await sources.FindAsync(dataset, cancellationToken) : null;

    private static string DatasetOf(CatalogueItem item) => item.GetString(DatasetAttribute) ?? item.Code;
}
