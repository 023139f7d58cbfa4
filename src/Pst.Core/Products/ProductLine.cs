using Pst.Core.Kernel;

namespace Pst.Core.Products;

/// <summary>Who orders, through which channel, on which day: what requirements and prices may depend on.</summary>
public sealed record OrderingContext(SalesChannel Channel, CustomerSegment Segment, Domicile Domicile, DateOnly Date);

/// <summary>One line of a request: a catalogue item with the customer's choices, and what was measured on it for the offer.</summary>
public sealed record ProductLine(CatalogueItem Item, LineChoices Choices, OrderingContext Context, LineMeasures? Measures = null);

/// <summary>
/// Facts a product type measured on the product as it will be delivered (<see cref="IProductType.PrepareOfferAsync"/>),
/// kept on the request line: name → value as text, so any type can keep what it needs.
/// </summary>
public sealed record LineMeasures(IReadOnlyDictionary<string, string> Values)
{
    public static LineMeasures None { get; } = new(new Dictionary<string, string>());

    public bool IsEmpty => Values.Count == 0;

    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;

    public long? GetInt64(string name) =>
        long.TryParse(Get(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>A fault in a line. <paramref name="Message"/> is a localisation key formatted with <paramref name="Arguments"/>.</summary>
public sealed record LineValidationError(string ChoiceKey, string Message, params object[] Arguments);
