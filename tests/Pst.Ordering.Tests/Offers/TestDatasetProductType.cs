using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Ordering.Tests.Offers;

/// <summary>
/// A product type made for these tests, plugged in through the contract: a dataset that, like microdata, needs a
/// data-use abstract up front, a sample with the offer and a signed agreement, priced by one tariff row.
/// </summary>
internal sealed class TestDatasetProductType : IProductType
{
    public string Id => "dataset";

    public string ModuleId => OrderingModule.Id;

    public string DisplayName => "Dataset";

    public void ValidateCatalogueItem(System.Text.Json.JsonElement attributes, string path, Pst.Core.Recipes.RecipeStepValidation validation)
    {
    }

    public Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChoiceDefinition>>([new("period", "Period", ChoiceKind.Single, false, [new("2025-03", "Maret 2025"), new("2024-03", "Maret 2024")])]);

    public Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LineValidationError>>([]);

    public ProductRequirements Requirements(ProductLine line) =>
        new([new RequiredDocument(DocumentCodes.DataUseAbstract, "Data use abstract")], NeedsSample: true, NeedsAgreement: true);

    public Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken) =>
        Task.FromResult(new PriceQuote(schedule.Regulation, [schedule.Charge("II.A", 1)]));

    public Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public const string Sample = "r101,r102,weight\n33,01,512.5\n";

    public async Task<LineMeasures> PrepareOfferAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        await context.Target.AddFileAsync($"contoh-{context.Line.Item.Code}.csv", "text/csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Sample)), cancellationToken);
        return LineMeasures.None;
    }
}
