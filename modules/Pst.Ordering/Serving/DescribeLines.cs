using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>A request line as pages and the data-use agreement name it: the item and what of it is delivered, in the reader's language.</summary>
internal sealed record DescribedLine(int Number, string Title, IReadOnlyList<LineDetail> Details)
{
    /// <summary>The line as the invoice and its files name it: the product, then what sets it apart ("…: Kota Semarang (3374) …; GeoPackage").</summary>
    public string Name => Details.Where(d => d.Names && d.Values.Count > 0).Select(d => string.Join(", ", d.Values)).ToList() is { Count: > 0 } parts
        ? $"{Title}: {string.Join("; ", parts)}"
        : Title;
}

/// <summary>
/// What each line of a request is, from its product type (<see cref="IProductType.DescribeLineAsync"/>), with the
/// type's labels and values translated by the type's own texts in the current UI culture. A line whose item is no
/// longer offered keeps its title alone.
/// </summary>
internal sealed class DescribeLines(PriceRequest prices, ProductLineService lines, CatalogueBrowser browser)
{
    public async Task<IReadOnlyList<DescribedLine>> ForAsync(Request request, CustomerDetails customer, CancellationToken cancellationToken = default)
    {
        var products = (await prices.ResolveAsync(request, prices.ContextOf(request, customer), cancellationToken))
            .ToDictionary(p => p.Line.Number, p => p.Product);
        var described = new List<DescribedLine>();
        foreach (var line in request.Lines)
        {
            IReadOnlyList<LineDetail> details = [];
            if (products.TryGetValue(line.Number, out var product))
            {
                var type = await lines.RequireTypeAsync(product, cancellationToken);
                details = Translate(await type.DescribeLineAsync(product, cancellationToken), browser.TextsOf(type));
            }

            described.Add(new DescribedLine(line.Number, line.ItemTitle, details));
        }

        return described;
    }

    private static IReadOnlyList<LineDetail> Translate(IReadOnlyList<LineDetail> details, IStringLocalizer texts) =>
        details.Select(d => d with { Label = texts[d.Label], Values = d.Values.Select(v => texts[v].Value).ToList() }).ToList();
}
