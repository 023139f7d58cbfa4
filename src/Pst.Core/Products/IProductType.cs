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

    /// <summary>Checks the type's own attributes of a catalogue item as a recipe writes them (page count, file size, …).</summary>
    void ValidateCatalogueItem(System.Text.Json.JsonElement attributes, string path, Recipes.RecipeStepValidation validation);

    /// <summary>Attributes that name a file beside the recipe (a publication's PDF, a cover image); the recipe step stores them.</summary>
    IReadOnlyCollection<string> CatalogueFileAttributes => [];

    /// <summary>The facts of an item a catalogue page shows (label as a localisation key of the type, value as text).</summary>
    IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item) => [];

    /// <summary>The choices a customer makes on a line of this item through this channel.</summary>
    IReadOnlyList<ChoiceDefinition> DescribeChoices(CatalogueItem item, Kernel.SalesChannel channel);

    /// <summary>Rules beyond the shape of the choices (checked first by <see cref="ProductLineService"/>).</summary>
    IReadOnlyList<LineValidationError> Validate(ProductLine line);

    /// <summary>Documents, sample and agreement the line needs; may depend on the segment and the channel.</summary>
    ProductRequirements Requirements(ProductLine line);

    /// <summary>The itemised price of a valid line under the schedule in force.</summary>
    PriceQuote Price(ProductLine line, TariffSchedule schedule);

    /// <summary>Produces the real files of a paid line.</summary>
    Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Produces the sample the customer checks with the offer (a few records of microdata), for a line whose
    /// <see cref="Requirements"/> say it needs one. Types that never need a sample keep this default.
    /// </summary>
    Task ComposeSampleAsync(DeliveryContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>One fact of a catalogue item shown to customers ("Pages: 120").</summary>
public sealed record ItemFact(string Label, string Value);
