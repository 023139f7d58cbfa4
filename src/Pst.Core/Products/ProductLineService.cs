namespace Pst.Core.Products;

/// <summary>
/// The calls the ordering module makes on any line, whatever its product type. A line exists only once its item was
/// offered (the catalogue checks that), so its type answers here even after its module stopped selling.
/// </summary>
public sealed class ProductLineService(ProductTypeRegistry registry)
{
    public Task<IProductType> RequireTypeAsync(ProductLine line, CancellationToken cancellationToken = default) =>
        Task.FromResult(registry.FindInstalled(line.Item.ProductTypeId) ?? throw new ProductNotOfferedException(line.Item.ProductTypeId));

    /// <summary>Shape of the choices first, then the type's own rules (only on a well-shaped line).</summary>
    public async Task<IReadOnlyList<LineValidationError>> ValidateAsync(ProductLine line, CancellationToken cancellationToken = default)
    {
        var type = await RequireTypeAsync(line, cancellationToken);
        var shapeErrors = ChoiceValidator.Validate(await type.DescribeChoicesAsync(line.Item, line.Context.Channel, cancellationToken), line.Choices);
        return shapeErrors.Count > 0 ? shapeErrors : await type.ValidateAsync(line, cancellationToken);
    }

    public async Task<PriceQuote> PriceAsync(ProductLine line, TariffBook tariffs, CancellationToken cancellationToken = default)
    {
        var type = await RequireTypeAsync(line, cancellationToken);
        var errors = await ValidateAsync(line, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Cannot price an invalid line: {string.Join("; ", errors.Select(e => e.ChoiceKey))}.");
        }

        return await type.PriceAsync(line, tariffs.InForceOn(line.Context.Date), cancellationToken);
    }

    public async Task<IReadOnlyList<LineDetail>> DescribeLineAsync(ProductLine line, CancellationToken cancellationToken = default) =>
        await (await RequireTypeAsync(line, cancellationToken)).DescribeLineAsync(line, cancellationToken);

    public async Task<ProductRequirements> RequirementsAsync(ProductLine line, CancellationToken cancellationToken = default) =>
        (await RequireTypeAsync(line, cancellationToken)).Requirements(line);

    public async Task DeliverAsync(DeliveryContext context, CancellationToken cancellationToken = default) =>
        await (await RequireTypeAsync(context.Line, cancellationToken)).DeliverAsync(context, cancellationToken);

    public async Task<LineMeasures> PrepareOfferAsync(DeliveryContext context, CancellationToken cancellationToken = default) =>
        await (await RequireTypeAsync(context.Line, cancellationToken)).PrepareOfferAsync(context, cancellationToken);
}

/// <summary>The line's product type is not installed.</summary>
public sealed class ProductNotOfferedException(string productTypeId)
    : Exception($"The product type '{productTypeId}' is not offered.")
{
    public string ProductTypeId { get; } = productTypeId;
}
