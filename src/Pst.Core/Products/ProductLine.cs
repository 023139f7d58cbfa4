using Pst.Core.Kernel;

namespace Pst.Core.Products;

/// <summary>Who orders, through which channel, on which day: what requirements and prices may depend on.</summary>
public sealed record OrderingContext(SalesChannel Channel, CustomerSegment Segment, Domicile Domicile, DateOnly Date);

/// <summary>One line of a request: a catalogue item with the customer's choices.</summary>
public sealed record ProductLine(CatalogueItem Item, LineChoices Choices, OrderingContext Context);

/// <summary>A fault in a line. <paramref name="Message"/> is a localisation key formatted with <paramref name="Arguments"/>.</summary>
public sealed record LineValidationError(string ChoiceKey, string Message, params object[] Arguments);
