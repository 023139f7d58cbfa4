using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// What the current invoices of these requests charged, item by item, for the revenue report: each request's number
/// and charges and nothing else, so a year's receipts do not load a year's requests whole. Requests without an
/// invoice come back with no charges; unknown ids are left out.
/// </summary>
public sealed record ListInvoicedCharges(IReadOnlyCollection<Guid> Ids) : IMessage<IReadOnlyList<InvoicedRequest>>;

/// <summary>A request's number and the charges of its current invoice, over all its lines.</summary>
public sealed record InvoicedRequest(Guid Id, string Number, IReadOnlyList<ChargeSummary> Charges);
