using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Ordering.Catalogue;

/// <summary>The price a catalogue page shows: the quote for the default choices, or why there is none yet.</summary>
public sealed record ItemQuote(LineChoices Choices, PriceQuote? Quote, bool Confirmed, string? Unavailable);

/// <summary>Prices an item for its default choices under the schedule in force today.</summary>
public sealed class QuoteItem(ProductLineService lines, ITariffStore tariffs, TimeProvider clock)
{
    public async Task<ItemQuote> ForDefaultChoicesAsync(CatalogueItem item, IProductType type, CancellationToken cancellationToken = default)
    {
        var choices = DefaultChoices(await type.DescribeChoicesAsync(item, SalesChannel.Online, cancellationToken));
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var line = new ProductLine(item, choices, new OrderingContext(SalesChannel.Online, CustomerSegment.Individual, Domicile.Indonesia, today));
        var book = await tariffs.LoadAsync(cancellationToken);
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

    /// <summary>
    /// The first option of a single choice; of a multiple choice, every option when one is required (the full set of a
    /// dataset's variables), else none.
    /// </summary>
    private static LineChoices DefaultChoices(IReadOnlyList<ChoiceDefinition> definitions) =>
        new(definitions
            .Where(c => c.Options.Count > 0 && (c.Kind != ChoiceKind.Multiple || c.Required))
            .ToDictionary(c => c.Key, c => (IReadOnlyList<string>)(c.Kind == ChoiceKind.Multiple ? c.Options.Select(o => o.Value).ToList() : [c.Options[0].Value])));
}
