using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Data;
using Pst.Products.Microdata.Extraction;
using Pst.Products.Microdata.Pricing;

namespace Pst.Products.Microdata;

/// <summary>
/// Microdata: a dataset's records, bought online by kabupaten/kota and variable, or as the full set at the walk-in
/// desk. Needs the data-use abstract up front, a sample with the offer and the signed data-use agreement; priced by
/// the bytes of the extract (tariff II.A), measured on the extract itself when the offer is prepared; delivered as a
/// zip with CSV, Parquet, the dictionary, a README and checksums.
/// </summary>
internal sealed class MicrodataProductType(DictionaryStore dictionaries, MicrodataSources sources, ISiteSettings settings) : IProductType
{
    public const string TypeId = "microdata";
    public const string CoverageChoice = AreaChoices.Coverage;
    public const string RegenciesChoice = AreaChoices.Regencies;
    public const string VariablesChoice = "variables";
    public const string WholeProvince = AreaChoices.WholeProvince;
    public const string SelectedRegencies = AreaChoices.SelectedRegencies;

    public string Id => TypeId;

    public string ModuleId => MicrodataModule.Id;

    public string DisplayName => "Microdata";

    public string ProductsNoun => "survey microdata";

    public int ListOrder => 20;

    public void ValidateCatalogueItem(JsonElement attributes, string path, RecipeStepValidation validation) =>
        validation.Error(path, "Microdata datasets are loaded by the 'microdata' recipe step, with their data dictionary.");

    public IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item)
    {
        var facts = DatasetFacts.Of(item);
        return new (string Label, string? Value)[]
        {
            ("Survey", facts.Survey),
            ("Period", facts.Period),
            ("Edition", facts.Edition),
            ("Record unit", facts.RecordUnit == "person" ? "Person" : "Household"),
            ("Geographic coverage", facts.Coverage),
            ("Lowest level", "Level." + facts.LowestLevel),
            ("File format", facts.FileFormat.ToUpperInvariant()),
            ("Records", facts.RecordCount?.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))),
            ("Size", facts.SizeBytes is { } bytes ? FileSize.Describe(bytes) : null),
        }
        .Where(f => !string.IsNullOrWhiteSpace(f.Value))
        .Select(f => new ItemFact(f.Label, f.Value!))
        .ToList();
    }

    public IReadOnlyList<ItemLink> DescribeLinks(CatalogueItem item)
    {
        var links = new List<ItemLink>
        {
            new("Data dictionary", MicrodataAddresses.Dictionary(item.Code)),
            new("Record layout (CSV)", MicrodataAddresses.Download(item.Code, MicrodataAddresses.Layout)),
        };
        if (item.GetFileId("questionnaire") is not null)
        {
            links.Add(new("Questionnaire (PDF)", MicrodataAddresses.Download(item.Code, MicrodataAddresses.Questionnaire)));
        }

        if (item.GetFileId("publicSample") is not null)
        {
            links.Add(new("Public sample (CSV)", MicrodataAddresses.Download(item.Code, MicrodataAddresses.PublicSample)));
        }

        return links;
    }

    /// <summary>Online: coverage, kabupaten/kota and variables. At the walk-in desk the full set only, as the standard sells it there.</summary>
    public async Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken)
    {
        if (channel == SalesChannel.WalkIn)
        {
            return [];
        }

        var dictionary = await dictionaries.LoadAsync(item.Code, cancellationToken);
        return
        [
            .. AreaChoices.Describe(dictionary, DatasetFacts.Of(item)),
            new(VariablesChoice, "Variables", ChoiceKind.Multiple, true,
                dictionary.Variables.Select(v => new ChoiceOption(v.Name, $"{v.Name} — {v.Label}", v.Section, v.AlwaysIncluded)).ToList(), Searchable: true),
        ];
    }

    /// <summary>
    /// The data exactly: the areas and every variable delivered (at the desk, the full set), and once the offer has
    /// measured the extract its records, size and SHA-256, so the agreement names the very file handed over.
    /// </summary>
    public async Task<IReadOnlyList<LineDetail>> DescribeLineAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var selection = await SelectionOfAsync(line, cancellationToken);
        var facts = DatasetFacts.Of(line.Item);
        var details = new List<LineDetail>
        {
            new("Period", [facts.Period]),
            new("Area coverage", selection.WholeProvince
                ? [line.Context.Channel == SalesChannel.WalkIn ? "The full set: every record and variable" : "The whole province"]
                : AreaChoices.SelectedLabels(await dictionaries.LoadAsync(line.Item.Code, cancellationToken), facts, line.Choices),
                Names: true),
            new("Variables", selection.Variables.Select(v => $"{v.Name} — {v.Label}").ToList()),
        };
        details.AddRange(ExtractMeasure.From(line.Measures)?.Describe(withRecords: true) ?? []);

        return details;
    }

    public async Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var errors = new List<LineValidationError>();
        var dictionary = await dictionaries.LoadAsync(line.Item.Code, cancellationToken);
        if (dictionary.IsEmpty || await sources.FindAsync(line.Item, cancellationToken) is null)
        {
            return [new LineValidationError(VariablesChoice, "The data of this dataset are not available yet. Please ask the office.")];
        }

        if (line.Context.Channel == SalesChannel.WalkIn)
        {
            return errors;
        }

        errors.AddRange(AreaChoices.Validate(line.Choices));

        if (!line.Choices.Many(VariablesChoice).Any(name => dictionary.Find(name) is { AlwaysIncluded: false }))
        {
            errors.Add(new LineValidationError(VariablesChoice, "Choose at least one variable besides the identifying, area and weight variables."));
        }

        return errors;
    }

    public ProductRequirements Requirements(ProductLine line) =>
        new([new RequiredDocument(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: true, NeedsAgreement: true);

    /// <summary>On the measured extract once the offer is prepared; before that an estimate from the data file's profile.</summary>
    public async Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken)
    {
        var rules = await MicrodataSettings.LoadAsync(settings, cancellationToken);
        if (ExtractMeasure.From(line.Measures) is { } measured)
        {
            return new PriceQuote(schedule.Regulation, SizeTariff.Unprocessed.Charge(schedule, measured.Bytes, rules));
        }

        var profile = DatasetFacts.Of(line.Item).Profile ?? throw new InvalidOperationException($"The dataset '{line.Item.Code}' has no data profile to estimate a price from.");
        var estimate = DataProfiler.EstimateBytes(profile, await SelectionOfAsync(line, cancellationToken));
        return new PriceQuote(schedule.Regulation, SizeTariff.Unprocessed.Charge(schedule, estimate, rules), Estimate: true);
    }

    /// <summary>Measures the exact extract and makes the sample from it: its first records, the same columns, and the dictionary.</summary>
    public async Task<LineMeasures> PrepareOfferAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var selection = await SelectionOfAsync(context.Line, cancellationToken);
        var rules = await MicrodataSettings.LoadAsync(settings, cancellationToken);
        var sample = new MemoryStream();
        ExtractMeasure measure;
        await using (var source = await OpenSourceAsync(context.Line.Item, cancellationToken))
        {
            measure = ExtractMeasure.Write(source, selection, target: null, sample, rules.SampleRecords);
        }

        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = archive.CreateEntry(SampleDataName).Open())
            {
                sample.Position = 0;
                await sample.CopyToAsync(entry, cancellationToken);
            }

            await using (var entry = archive.CreateEntry(DictionaryFile.FileName).Open())
            {
                DictionaryFile.Write(selection.Variables, entry);
            }
        }

        zip.Position = 0;
        await context.Target.AddFileAsync($"contoh-data-{context.Line.Item.Code}-{context.RequestNumber}.zip", "application/zip", zip, cancellationToken);
        return measure.ToMeasures();
    }

    /// <summary>The name of the sample's records inside its zip.</summary>
    public const string SampleDataName = "contoh-data.csv";

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var item = context.Line.Item;
        var facts = DatasetFacts.Of(item);
        var selection = await SelectionOfAsync(context.Line, cancellationToken);
        var path = await sources.FindAsync(item, cancellationToken) ?? throw new InvalidOperationException($"The data file of dataset '{item.Code}' is not in place.");
        var zipPath = Path.Combine(Path.GetTempPath(), $"pst-extract-{Guid.NewGuid():N}.zip");
        try
        {
            var baseName = $"{item.Code}-{context.RequestNumber}";
            var areas = selection.WholeProvince ? facts.Coverage : string.Join(", ", selection.Regencies!.Order(StringComparer.Ordinal));
            var measure = ExtractPackage.Write(
                () => File.OpenRead(path),
                selection,
                baseName,
                m => new ExtractReadme(item.Title, facts.Survey, facts.Period, facts.Edition, context.RequestNumber, context.BuyerName, areas, selection.Variables.Select(v => v.Name).ToList(), m.Records, baseName + ".csv", baseName + ".parquet"),
                zipPath,
                new Dictionary<string, string> { ["dataset"] = item.Code, ["title"] = item.Title, ["request"] = context.RequestNumber });
            if (ExtractMeasure.From(context.Line.Measures) is { } offered && offered.Sha256 != measure.Sha256)
            {
                throw new InvalidOperationException($"The data file of dataset '{item.Code}' changed after the offer: the extract is not the one that was priced and sampled.");
            }

            await using var zip = File.OpenRead(zipPath);
            await context.Target.AddFileAsync(baseName + ".zip", "application/zip", zip, cancellationToken);
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    /// <summary>The line's extract: the chosen kabupaten/kota (none: the whole province) and variables (none chosen: the full set).</summary>
    internal async Task<DatasetSelection> SelectionOfAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var facts = DatasetFacts.Of(line.Item);
        var dictionary = await dictionaries.LoadAsync(line.Item.Code, cancellationToken);
        var regencies = AreaChoices.Selected(line.Choices);
        var variables = line.Choices.Values.ContainsKey(VariablesChoice) ? dictionary.Selected(line.Choices.Many(VariablesChoice)) : dictionary.Variables;
        return new DatasetSelection(regencies, variables, facts.ProvinceVariable, facts.RegencyVariable);
    }

    private async Task<Stream> OpenSourceAsync(CatalogueItem item, CancellationToken cancellationToken) =>
        File.OpenRead(await sources.FindAsync(item, cancellationToken) ?? throw new InvalidOperationException($"The data file of dataset '{item.Code}' is not in place."));
}
