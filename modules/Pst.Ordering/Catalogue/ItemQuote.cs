using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Ordering.Catalogue;

/// <summary>The price a catalogue page shows: the quote for the choices made, or why there is none yet.</summary>
/// <param name="Missing">What the choices still lack before they can be priced (in the product type's words), so the page says what to pick.</param>
internal sealed record ItemQuote(LineChoices Choices, PriceQuote? Quote, bool Confirmed, string? Unavailable, IReadOnlyList<LineValidationError>? Missing = null);

/// <summary>Prices an item for the choices made on its page (at first its default choices) under the schedule in force today.</summary>
internal sealed class QuoteItem(ProductLineService lines, ITariffStore tariffs, TimeProvider clock)
{
    public async Task<ItemQuote> ForDefaultChoicesAsync(CatalogueItem item, IProductType type, CancellationToken cancellationToken = default) =>
        await ForChoicesAsync(item, new LineChoices((await type.DescribeChoicesAsync(item, SalesChannel.Online, cancellationToken))
            .Where(c => c.Defaults().Count > 0)
            .ToDictionary(c => c.Key, c => c.Defaults())), cancellationToken);

    /// <summary>The price of exactly these choices; none, with what to do, while they are not a complete order.</summary>
    public async Task<ItemQuote> ForChoicesAsync(CatalogueItem item, LineChoices choices, CancellationToken cancellationToken = default)
    {
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var line = new ProductLine(item, choices, new OrderingContext(SalesChannel.Online, CustomerSegment.Individual, Domicile.Indonesia, today));
        var book = await tariffs.LoadAsync(cancellationToken);
        if (await lines.ValidateAsync(line, cancellationToken) is { Count: > 0 } missing)
        {
            return new ItemQuote(choices, null, false, "Pick what you want: its price is shown here.", missing);
        }

        try
        {
            var quote = await lines.PriceAsync(line, book, cancellationToken);
            return new ItemQuote(choices, quote, book.InForceOn(today).Confirmed, null);
        }
        catch (TariffNotSetException)
        {
            return new ItemQuote(choices, null, false, "The price of this product is not set yet. Please ask the office.");
        }
        catch (InvalidOperationException)
        {
            return new ItemQuote(choices, null, false, "This product cannot be priced yet. Please ask the office.");
        }
    }
}
