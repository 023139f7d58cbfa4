using System.Globalization;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Products.Maps.Boundaries;
using Pst.Products.Maps.Export;

namespace Pst.Products.Maps.Catalogue;

/// <summary>
/// Digital maps of statistical work areas (tariff III): each chosen kabupaten/kota at the chosen level is one map,
/// priced per map from the schedule in force (three kabupaten/kota by desa are three maps of III.D) and delivered in
/// the chosen formats with its metadata. The kabupaten/kota are picked on a map of the boundaries or in their list,
/// online and at the desk alike. Maps need the data-use abstract and the signed agreement, as microdata do (DOMAIN.md
/// section 3.6); there is no sample.
/// </summary>
internal sealed class MapProductType(BoundaryStore store, BoundaryCache cache, ISiteSettings settings, TimeProvider clock) : IProductType
{
    public const string TypeId = "map";
    public const string RegenciesChoice = "regencies";
    public const string LevelChoice = "level";
    public const string FormatsChoice = "formats";

    /// <summary>The levels a map is sold at, by the value the choice and the item's <c>tariffs</c> use.</summary>
    public static readonly IReadOnlyList<(string Value, BoundaryLevel Level, string Label)> Levels =
    [
        ("kecamatan", BoundaryLevel.District, "By kecamatan"),
        ("desa", BoundaryLevel.Village, "By desa/kelurahan"),
    ];

    public string Id => TypeId;

    public string ModuleId => MapsModule.Id;

    public string DisplayName => "Digital map of statistical work areas";

    public string ProductsNoun => "digital maps of statistical work areas";

    public int ListOrder => 40;

    /// <summary>An item names its tariff row per level: <c>"tariffs": { "kecamatan": "III.C", "desa": "III.D" }</c>.</summary>
    public void ValidateCatalogueItem(JsonElement attributes, string path, RecipeStepValidation validation)
    {
        validation.OnlyProperties(attributes, path, "description", "tariffs");
        var tariffsPath = RecipeStepValidation.PathOf(path, "tariffs");
        if (!attributes.TryGetProperty("tariffs", out var tariffs) || tariffs.ValueKind != JsonValueKind.Object)
        {
            validation.Error(tariffsPath, "Expected an object naming the tariff item of each level: kecamatan, desa.");
            return;
        }

        validation.OnlyProperties(tariffs, tariffsPath, Levels.Select(l => l.Value).ToArray());
        foreach (var (value, _, _) in Levels)
        {
            validation.RequiredString(tariffs, value, tariffsPath);
        }
    }

    public IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item) =>
    [
        new("Coverage", "Each kabupaten/kota of Jawa Tengah, or the whole province as its 35 kabupaten/kota maps, by kecamatan or by desa/kelurahan"),
        new("Unit of sale", "One map per kabupaten/kota and level"),
        new("Formats", "Shapefile, GeoPackage, GeoJSON and a printed PDF map (A3), each with its metadata"),
        new("Coordinate system", "WGS 84 (EPSG:4326)"),
    ];

    public async Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(store, cancellationToken) is not { } boundaries)
        {
            return [];
        }

        // The kabupaten/kota stand in one section named after their province, whose "pick all" takes the whole
        // province: sold as its kabupaten/kota maps, since the schedule has no province row.
        var regencies = boundaries.Set.Layers.Single(l => l.Level == BoundaryLevel.Regency).Areas;
        var province = boundaries.Set.Layers.Single(l => l.Level == BoundaryLevel.Province).Areas.Single();
        var section = $"{province.Name} ({province.Code})";
        return
        [
            new(RegenciesChoice, "Kabupaten/kota", ChoiceKind.Multiple, true,
                regencies.Select(r => new ChoiceOption(r.Code, $"{r.Name} ({r.Code})", section)).ToList(),
                Searchable: true,
                Picker: new ChoicePicker("map", MapAddresses.RegencyLayer, [MapAddresses.LeafletScript, MapAddresses.PickerScript], [MapAddresses.LeafletStyle, MapAddresses.PickerStyle],
                    "Click a kabupaten/kota on the map to pick it or to take it out; the list below holds the same choice, and picking all in it takes the whole province.")),
            new(LevelChoice, "Boundary level", ChoiceKind.Single, true, Levels.Select(l => new ChoiceOption(l.Value, l.Label)).ToList()),
            // A map costs the same in every format: all are offered, the customer unticks what they do not want.
            new(FormatsChoice, "Formats", ChoiceKind.Multiple, true, MapFormat.All.Select(f => new ChoiceOption(f.Value, f.Label)).ToList(), AllByDefault: true, Delivery: true),
        ];
    }

    /// <summary>Each map by name with the number of its areas, the level, the formats, and the edition of the boundaries.</summary>
    public async Task<IReadOnlyList<LineDetail>> DescribeLineAsync(ProductLine line, CancellationToken cancellationToken)
    {
        var boundaries = await cache.GetAsync(store, cancellationToken);
        var level = LevelOf(line);
        if (boundaries is null || level is null)
        {
            return LineDetails.FromChoices(await DescribeChoicesAsync(line.Item, line.Context.Channel, cancellationToken), line.Choices);
        }

        var id = CultureInfo.GetCultureInfo("id-ID");
        var maps = line.Choices.Many(RegenciesChoice)
            .Select(code => boundaries.Set.Find(BoundaryLevel.Regency, code))
            .OfType<WorkArea>()
            .Select(r => $"{r.Name} ({r.Code}): {boundaries.Set.Within(r, level.Value.Level).Count.ToString("N0", id)} {(level.Value.Level == BoundaryLevel.District ? "kecamatan" : "desa/kelurahan")}")
            .ToList();
        var formats = MapFormat.All.Where(f => line.Choices.Many(FormatsChoice).Contains(f.Value)).Select(f => f.Label).ToList();
        return
        [
            new("Maps", maps, Names: true),
            new("Boundary level", [level.Value.Label]),
            new("Formats", [.. formats, "Metadata (TXT)"], Names: true),
            new("Boundary edition", [boundaries.Edition.Describe()]),
        ];
    }

    public async Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(store, cancellationToken) is null)
        {
            return [new LineValidationError(RegenciesChoice, "The boundaries of the maps are not available yet. Please ask the office.")];
        }

        return TariffOf(line) is null ? [new LineValidationError(LevelChoice, "This map is not sold at the level chosen.")] : [];
    }

    public ProductRequirements Requirements(ProductLine line) =>
        new([new RequiredDocument(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: false, NeedsAgreement: true);

    /// <summary>One map per kabupaten/kota chosen, at the tariff row of the level.</summary>
    public Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken)
    {
        var tariff = TariffOf(line) ?? throw new InvalidOperationException($"The map '{line.Item.Code}' has no tariff for the level chosen.");
        return Task.FromResult(new PriceQuote(schedule.Regulation, [schedule.Charge(tariff, line.Choices.Many(RegenciesChoice).Count)]));
    }

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var boundaries = await cache.GetAsync(store, cancellationToken) ?? throw new InvalidOperationException("No boundaries are imported.");
        var level = LevelOf(context.Line) ?? throw new InvalidOperationException("The line names no level.");
        var office = (await OfficeSettings.LoadAsync(settings, cancellationToken)).Name;
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var folder = Directory.CreateTempSubdirectory("pst-map-").FullName;
        try
        {
            foreach (var regency in context.Line.Choices.Many(RegenciesChoice))
            {
                var map = WorkAreaMap.Of(boundaries, regency, level.Level, context.RequestNumber, context.BuyerName, today);
                foreach (var file in MapPackage.Write(map, context.Line.Choices.Many(FormatsChoice).ToHashSet(StringComparer.Ordinal), office, folder))
                {
                    await using var content = File.OpenRead(file.Path);
                    await context.Target.AddFileAsync(file.Name, file.ContentType, content, cancellationToken);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string Value, BoundaryLevel Level, string Label)? LevelOf(ProductLine line) =>
        Levels.FirstOrDefault(l => l.Value == line.Choices.Single(LevelChoice)) is { Value: not null } found ? found : null;

    private static string? TariffOf(ProductLine line) =>
        LevelOf(line) is { } level && line.Item.Attributes["tariffs"]?[level.Value] is { } code ? code.GetValue<string>() : null;
}
