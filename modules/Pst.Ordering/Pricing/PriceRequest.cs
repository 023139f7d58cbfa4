using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Pricing;

/// <summary>A request line with its catalogue item and price, or why it has none (item withdrawn, tariff not set).</summary>
internal sealed record QuotedLine(RequestLine Line, ProductLine? Product, PriceQuote? Quote, string? Problem);

/// <summary>The itemised price of a whole request under one schedule.</summary>
/// <param name="InvoiceNumber">The invoice whose kept price this is; null while the request is priced by the tariffs.</param>
internal sealed record RequestQuote(IReadOnlyList<QuotedLine> Lines, string Regulation, bool Confirmed, bool ZeroTariff, string? InvoiceNumber = null)
{
    /// <summary>Every line has a price.</summary>
    public bool Complete => Lines.All(l => l.Quote is not null);

    /// <summary>A line's price is an estimate until the offer measures what will be delivered (no invoice is issued on it).</summary>
    public bool Estimate => Lines.Any(l => l.Quote?.Estimate == true);

    /// <summary>The sum of the tariffs; what is due is zero when the zero tariff is approved.</summary>
    public Rupiah Tariff => Rupiah.Sum(Lines.Where(l => l.Quote is not null).Select(l => l.Quote!.Total));

    public Rupiah Due => ZeroTariff ? Rupiah.Zero : Tariff;
}

/// <summary>
/// Prices a request. Once invoiced, a request costs what its invoice says (the price kept on its lines), whatever
/// the tariffs say since. Before that, each line is priced through its product type under the schedule in force on
/// the day of the offer (today until it is sent), for the customer as the request knows them.
/// </summary>
internal sealed class PriceRequest(CatalogueBrowser catalogue, ProductLineService lines, ITariffStore tariffs, TimeProvider clock)
{
    public async Task<RequestQuote> QuoteAsync(Request request, CustomerDetails customer, CancellationToken cancellationToken = default) =>
        request.Invoiced ? AsInvoiced(request) : await QuoteByTariffAsync(request, customer, cancellationToken);

    /// <summary>
    /// The price under the tariffs in force on the day of the offer, ignoring the invoice: what an invoice issued
    /// now would charge (a corrected invoice is priced under the schedule of the first offer).
    /// </summary>
    public async Task<RequestQuote> QuoteByTariffAsync(Request request, CustomerDetails customer, CancellationToken cancellationToken = default)
    {
        var context = ContextOf(request, customer);
        var date = context.Date;
        var book = await tariffs.LoadAsync(cancellationToken);
        var schedule = book.InForceOn(date);
        var quoted = new List<QuotedLine>();
        foreach (var line in request.Lines)
        {
            quoted.Add(await QuoteLineAsync(request, line, context, book, cancellationToken));
        }

        return new RequestQuote(quoted, schedule.Regulation, schedule.Confirmed, request.NothingToPay);
    }

    /// <summary>Who orders, through which channel, on which day (the day of the first offer; today until it is sent).</summary>
    public OrderingContext ContextOf(Request request, CustomerDetails customer) =>
        new(request.Channel, customer.Segment, customer.Domicile, OfficeTime.DateOf(request.OfferedAt ?? clock.GetUtcNow()));

    private static RequestQuote AsInvoiced(Request request)
    {
        var quoted = request.Lines.Select(l => new QuotedLine(l, null, l.Invoiced!.ToQuote(), null)).ToList();
        var regulation = quoted.Select(l => l.Quote!.Regulation).FirstOrDefault() ?? "";
        return new RequestQuote(quoted, regulation, Confirmed: true, request.NothingToPay, request.Current(IssuedFileKind.Invoice)!.Number);
    }

    /// <summary>
    /// The product lines of a request (for requirements and delivery): a draft's while their items are offered, a
    /// sent request's while their types are installed, even when the module no longer sells them.
    /// </summary>
    public async Task<IReadOnlyList<(RequestLine Line, ProductLine Product)>> ResolveAsync(Request request, OrderingContext context, CancellationToken cancellationToken = default)
    {
        var resolved = new List<(RequestLine, ProductLine)>();
        foreach (var line in request.Lines)
        {
            if (await FindItemAsync(request, line, cancellationToken) is var (item, _))
            {
                resolved.Add((line, new ProductLine(item, line.Choices, context, line.Measures)));
            }
        }

        return resolved;
    }

    /// <summary>The lines of a draft whose products are no longer offered: the draft cannot be sent with them.</summary>
    public async Task<IReadOnlyList<RequestLine>> WithdrawnLinesAsync(Request draft, CancellationToken cancellationToken = default)
    {
        var withdrawn = new List<RequestLine>();
        foreach (var line in draft.Lines)
        {
            if (await FindItemAsync(draft, line, cancellationToken) is null)
            {
                withdrawn.Add(line);
            }
        }

        return withdrawn;
    }

    private Task<(CatalogueItem Item, IProductType Type)?> FindItemAsync(Request request, RequestLine line, CancellationToken cancellationToken) =>
        request.State == RequestState.Draft
            ? catalogue.FindAsync(line.ItemCode, cancellationToken)
            : catalogue.FindHeldAsync(line.ItemCode, cancellationToken);

    private async Task<QuotedLine> QuoteLineAsync(Request request, RequestLine line, OrderingContext context, TariffBook book, CancellationToken cancellationToken)
    {
        if (await FindItemAsync(request, line, cancellationToken) is not var (item, _))
        {
            return new QuotedLine(line, null, null, "This product is no longer offered.");
        }

        var product = new ProductLine(item, line.Choices, context, line.Measures);
        if ((await lines.ValidateAsync(product, cancellationToken)).Count > 0)
        {
            return new QuotedLine(line, product, null, "This product cannot be priced yet. Please ask the office.");
        }

        try
        {
            return new QuotedLine(line, product, await lines.PriceAsync(product, book, cancellationToken), null);
        }
        catch (TariffNotSetException)
        {
            return new QuotedLine(line, product, null, "The price of this product is not set yet. Please ask the office.");
        }
    }
}
