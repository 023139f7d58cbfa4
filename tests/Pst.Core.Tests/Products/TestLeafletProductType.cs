using System.Text;
using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Core.Tests.Products;

/// <summary>
/// A product type defined only for the tests, plugged in through the same contract as the real modules:
/// statistical tables sold as a leaflet. Priced per 50 pages like an electronic publication; government customers
/// hand in a zero-tariff request letter; the walk-in desk may hand out every table, online at most three.
/// </summary>
internal sealed class TestLeafletProductType : IProductType
{
    public const string ModuleId = "Test.Leaflets";

    public string Id => "leaflet";

    string IProductType.ModuleId => ModuleId;

    public string DisplayName => "Leaflet";

    public void ValidateCatalogueItem(System.Text.Json.JsonElement attributes, string path, Pst.Core.Recipes.RecipeStepValidation validation) =>
        validation.StringArray(attributes, "tables", path, required: true);

    public Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChoiceDefinition>>(
        [
            new("format", "format", ChoiceKind.Single, true, [new("csv", "CSV"), new("pdf", "PDF")]),
            new("tables", "tables", ChoiceKind.Multiple, true, item.GetStrings("tables").Select(t => new ChoiceOption(t, t)).ToList()),
        ]);

    public Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LineValidationError>>(line.Context.Channel == SalesChannel.Online && line.Choices.Many("tables").Count > 3
            ? [new LineValidationError("tables", "Online orders may choose at most {0} tables.", 3)]
            : []);

    public ProductRequirements Requirements(ProductLine line)
    {
        var documents = new List<RequiredDocument> { new(DocumentCodes.DataUseAbstract, "Data use abstract") };
        if (line.Context.Segment == CustomerSegment.Government)
        {
            documents.Add(new(DocumentCodes.ZeroTariffRequestLetter, "Zero-tariff request letter"));
        }

        return new ProductRequirements(documents, NeedsSample: false, NeedsAgreement: true);
    }

    public Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken) =>
        Task.FromResult(Price(line, schedule));

    private static PriceQuote Price(ProductLine line, TariffSchedule schedule)
    {
        var pages = line.Item.GetInt64("pages") ?? 0;
        var extraBlocks = Math.Max(0, (pages - 1) / 50);
        var components = new List<PriceComponent> { schedule.Charge("I.A", 1) };
        if (extraBlocks > 0)
        {
            components.Add(schedule.Charge("I.B", extraBlocks));
        }

        return new PriceQuote(schedule.Regulation, components);
    }

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        var csv = "table\n" + string.Join("\n", context.Line.Choices.Many("tables")) + "\n";
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await context.Target.AddFileAsync($"{context.RequestNumber}-{context.Line.Item.Code}.csv", "text/csv", content, cancellationToken);
    }
}
