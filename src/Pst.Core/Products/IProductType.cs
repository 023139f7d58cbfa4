namespace Pst.Core.Products;

/// <summary>
/// A kind of product the office sells, contributed by a product module. Ordering, Payments and WalkIn know
/// nothing product-specific beyond these calls.
/// </summary>
public interface IProductType
{
    /// <summary>Stable id, also stored on catalogue items ("publication", "microdata", "map").</summary>
    string Id { get; }

    /// <summary>The module that contributes it; the type is offered only while that module is enabled.</summary>
    string ModuleId { get; }

    /// <summary>Localisation key of the type's name.</summary>
    string DisplayName { get; }

    /// <summary>Localisation key of what the type sells, as prose names it ("publications"): pages list the products on sale with it.</summary>
    string ProductsNoun => DisplayName;

    /// <summary>Where the type stands when the site lists what it sells (publications first, as the standard names them).</summary>
    int ListOrder => 100;

    /// <summary>Checks the type's own attributes of a catalogue item as a recipe writes them (page count, file size, …).</summary>
    void ValidateCatalogueItem(System.Text.Json.JsonElement attributes, string path, Recipes.RecipeStepValidation validation);

    /// <summary>Attributes that name a file beside the recipe (a publication's PDF, a cover image); the recipe step stores them.</summary>
    IReadOnlyCollection<string> CatalogueFileAttributes => [];

    /// <summary>The facts of an item a catalogue page shows (label as a localisation key of the type, value as text).</summary>
    IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item) => [];

    /// <summary>Links a catalogue page offers beside the item (a data dictionary, free questionnaire or sample downloads).</summary>
    IReadOnlyList<ItemLink> DescribeLinks(CatalogueItem item) => [];

    /// <summary>
    /// The choices a customer makes on a line of this item through this channel. Asynchronous because a type may keep
    /// what its choices offer in its own tables (a dataset's variables).
    /// </summary>
    Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, Kernel.SalesChannel channel, CancellationToken cancellationToken);

    /// <summary>
    /// What the line's product is, for the request pages and the data-use agreement: by default the choices made;
    /// a type that measures its product may add what it measured (a microdata extract's records and size).
    /// </summary>
    async Task<IReadOnlyList<LineDetail>> DescribeLineAsync(ProductLine line, CancellationToken cancellationToken) =>
        LineDetails.FromChoices(await DescribeChoicesAsync(line.Item, line.Context.Channel, cancellationToken), line.Choices);

    /// <summary>Rules beyond the shape of the choices (checked first by <see cref="ProductLineService"/>).</summary>
    Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken);

    /// <summary>Documents, sample and agreement the line needs; may depend on the segment and the channel.</summary>
    ProductRequirements Requirements(ProductLine line);

    /// <summary>
    /// The itemised price of a valid line under the schedule in force. A type that prices what it delivers (microdata
    /// by the bytes of the extract) reads <see cref="ProductLine.Measures"/>; without them it gives an estimate
    /// (<see cref="PriceQuote.Estimate"/>), which no invoice is issued on.
    /// </summary>
    Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken);

    /// <summary>Produces the real files of a paid line.</summary>
    Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Before the offer is priced: measures the product exactly as it will be delivered (the size and checksum of a
    /// microdata extract) and adds the sample the customer checks with the offer when <see cref="Requirements"/> ask
    /// for one. What it returns is kept on the line and given back in <see cref="ProductLine.Measures"/> for pricing
    /// and delivery. Types priced from the catalogue alone keep this default.
    /// </summary>
    Task<LineMeasures> PrepareOfferAsync(DeliveryContext context, CancellationToken cancellationToken) => Task.FromResult(LineMeasures.None);
}

/// <summary>One fact of a catalogue item shown to customers ("Pages: 120").</summary>
public sealed record ItemFact(string Label, string Value);

/// <summary>A link a catalogue page shows beside an item. <paramref name="Label"/> is a localisation key of the type.</summary>
public sealed record ItemLink(string Label, string Url);
