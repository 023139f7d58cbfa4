using System.Text.Json;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Recipes;

namespace Pst.Products.Publications;

/// <summary>
/// A publication: priced per 50 pages (tariff rows I.A and I.B for an electronic copy; P.A and P.B for a printed
/// copy where the schedule has them), needing no document of its own, delivered as the real PDF stamped on every
/// page with the buyer and the request number.
/// </summary>
internal sealed class PublicationProductType(IFileStore files) : IProductType
{
    public const string TypeId = "publication";
    public const string Softcopy = "softcopy";
    public const string Printed = "printed";
    private const int PagesPerBlock = 50;

    public string Id => TypeId;

    public string ModuleId => PublicationsModule.Id;

    public string DisplayName => "Publication";

    public string ProductsNoun => "statistical publications";

    public int ListOrder => 10;

    public IReadOnlyCollection<string> CatalogueFileAttributes { get; } = ["file", "cover"];

    public void ValidateCatalogueItem(JsonElement attributes, string path, RecipeStepValidation validation)
    {
        validation.OnlyProperties(attributes, path, "year", "catalogueNumber", "isbn", "issn", "pages", "description", "file", "cover", "printedCopies");
        foreach (var (name, minimum) in new[] { ("pages", 1L), ("year", 1900L) })
        {
            if (!attributes.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < minimum)
            {
                validation.Error(RecipeStepValidation.PathOf(path, name), "Expected a whole number of at least {0}.", minimum);
            }
        }

        validation.RequiredString(attributes, "catalogueNumber", path);
        if (validation.RequiredString(attributes, "file", path) is { } file && !file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "file"), "The publication's file must be a PDF.");
        }

        validation.OptionalBoolean(attributes, "printedCopies", path);
    }

    public IReadOnlyList<ItemFact> DescribeItem(CatalogueItem item) =>
        new (string Label, string? Value)[]
        {
            ("Catalogue number", item.GetString("catalogueNumber")),
            ("ISBN", item.GetString("isbn")),
            ("ISSN", item.GetString("issn")),
            ("Year", item.GetInt64("year")?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Pages", item.GetInt64("pages")?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }
        .Where(f => !string.IsNullOrWhiteSpace(f.Value))
        .Select(f => new ItemFact(f.Label, f.Value!))
        .ToList();

    public Task<IReadOnlyList<ChoiceDefinition>> DescribeChoicesAsync(CatalogueItem item, SalesChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult(DescribeChoices(item));

    private static IReadOnlyList<ChoiceDefinition> DescribeChoices(CatalogueItem item)
    {
        List<ChoiceOption> formats = [new(Softcopy, "Electronic copy (PDF)")];
        if (item.Attributes["printedCopies"]?.GetValue<bool>() == true)
        {
            formats.Add(new(Printed, "Printed copy, collected at the office"));
        }

        return [new ChoiceDefinition("format", "Format", ChoiceKind.Single, true, formats, Delivery: true)];
    }

    public Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LineValidationError>>(line.Item.GetInt64("pages") is null or < 1
            ? [new LineValidationError("format", "This publication has no page count, so it cannot be priced.")]
            : []);

    public ProductRequirements Requirements(ProductLine line) => ProductRequirements.None;

    public Task<PriceQuote> PriceAsync(ProductLine line, TariffSchedule schedule, CancellationToken cancellationToken) =>
        Task.FromResult(Price(line, schedule));

    internal static PriceQuote Price(ProductLine line, TariffSchedule schedule)
    {
        var (first, next) = line.Choices.Single("format") == Printed ? ("P.A", "P.B") : ("I.A", "I.B");
        var pages = line.Item.GetInt64("pages") ?? 0;
        var extraBlocks = pages > PagesPerBlock ? (pages - PagesPerBlock + PagesPerBlock - 1) / PagesPerBlock : 0;
        var components = new List<PriceComponent> { schedule.Charge(first, 1) };
        if (extraBlocks > 0)
        {
            components.Add(schedule.Charge(next, extraBlocks));
        }

        return new PriceQuote(schedule.Regulation, components);
    }

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        if (context.Line.Choices.Single("format") == Printed)
        {
            return; // handed over at the desk
        }

        var fileId = context.Line.Item.GetFileId("file") ?? throw new InvalidOperationException($"The publication '{context.Line.Item.Code}' has no file.");
        await using var source = await files.OpenAsync(fileId, cancellationToken) ?? throw new InvalidOperationException($"The file of publication '{context.Line.Item.Code}' is missing from the store.");
        using var original = new MemoryStream();
        await source.CopyToAsync(original, cancellationToken);
        var stamped = PublicationStamp.Apply(original.ToArray(), PublicationStamp.Text(context.BuyerName, context.RequestNumber));
        await context.Target.AddFileAsync($"{context.Line.Item.Code}-{context.RequestNumber}.pdf", "application/pdf", new MemoryStream(stamped), cancellationToken);
    }
}
