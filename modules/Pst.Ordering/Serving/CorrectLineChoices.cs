using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Products;
using Pst.Ordering.Persistence;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// The officer changes what a line delivers while answering a product correction (steps 16–17), before sending the
/// product again. The new choices are checked by the line's product type, measured as for an offer and priced under
/// the invoice's schedule; they are taken only when they cost exactly what was invoiced and paid (a correction moves
/// no money), and, on a request under a data-use agreement, only when they ask for no data the agreement does not
/// name: a choice of data may narrow, a choice of delivery (a format) may change.
/// </summary>
/// <returns>The product type's objections to the choices, or none once they are taken (the request saved).</returns>
internal sealed record ChangeLineChoices(Guid RequestId, RequestActor Officer, int LineNumber, LineChoices Choices)
    : IMessage<IReadOnlyList<LineValidationError>>, IAuthorizedMessage
{
    public string Permission => OrderingPermissions.Serve;
}

internal sealed class CorrectLineChoices(RequestStore store, PriceRequest prices, ProductLineService lines, IFileStore files)
    : IMessageHandler<ChangeLineChoices, IReadOnlyList<LineValidationError>>
{
    public async Task<IReadOnlyList<LineValidationError>> HandleAsync(ChangeLineChoices change, CancellationToken cancellationToken)
    {
        var request = await store.RequireAsync(change.RequestId, cancellationToken);
        var customer = request.Customer ?? throw new InvalidOperationException($"Request {request.Id} was submitted without customer details.");
        if (request.State != RequestState.ProductCorrectionRequested)
        {
            throw new TransitionRefusedException("The choices of a line are changed while answering a product correction.");
        }

        var (line, product) = (await prices.ResolveAsync(request, prices.ContextOf(request, customer), cancellationToken))
            .FirstOrDefault(r => r.Line.Number == change.LineNumber);
        if (line is null)
        {
            throw new TransitionRefusedException("This request has no such line.");
        }

        var changed = product with { Choices = change.Choices, Measures = null };
        if (await lines.ValidateAsync(changed, cancellationToken) is { Count: > 0 } errors)
        {
            return errors;
        }

        if (request.NeedsAgreement)
        {
            await RequireWithinAgreementAsync(product, change.Choices, cancellationToken);
        }

        var paid = line.Invoiced?.ToQuote().Total ?? throw new InvalidOperationException($"Request {request.Id} line {line.Number} has no invoiced price.");
        request.ChangeLineChoices(change.Officer, line.Number, change.Choices, await MeasureAsync(request, customer, changed, cancellationToken));
        var quoted = (await prices.QuoteByTariffAsync(request, customer, cancellationToken)).Lines.Single(l => l.Line.Number == line.Number);
        if (quoted.Quote?.Total is not { } costs || costs != paid)
        {
            // Nothing is saved: the request loaded for this message is dropped with it.
            throw new TransitionRefusedException(
                "These choices would cost {0}, and {1} was paid for this line: a correction cannot change the price. Choose what costs the same, or ask the customer to make a new request for the rest.",
                (object?)quoted.Quote?.Total ?? "—",
                paid);
        }

        await store.SaveAsync(cancellationToken);
        return [];
    }

    /// <summary>Each choice of data may keep or drop values, never add one the signed agreement does not name.</summary>
    private async Task RequireWithinAgreementAsync(ProductLine signed, LineChoices wanted, CancellationToken cancellationToken)
    {
        var type = await lines.RequireTypeAsync(signed, cancellationToken);
        foreach (var choice in (await type.DescribeChoicesAsync(signed.Item, signed.Context.Channel, cancellationToken)).Where(c => !c.Delivery))
        {
            var named = signed.Choices.Many(choice.Key);
            if (wanted.Many(choice.Key).Except(named, StringComparer.Ordinal).ToList() is { Count: > 0 } beyond)
            {
                throw new TransitionRefusedException(
                    "The signed data-use agreement does not name {0}: {1}. Data beyond it need a new request and agreement.",
                    choice.Label,
                    string.Join(", ", beyond.Select(v => choice.Options.FirstOrDefault(o => o.Value == v)?.Label ?? v)));
            }
        }
    }

    /// <summary>What the product type measures for the new choices, as for an offer; a sample made on the way is not kept.</summary>
    private async Task<LineMeasures> MeasureAsync(Request request, CustomerDetails customer, ProductLine changed, CancellationToken cancellationToken)
    {
        var scratch = new StoredDelivery(files);
        try
        {
            return await lines.PrepareOfferAsync(new DeliveryContext(changed, request.Number!, customer.Name, scratch), cancellationToken);
        }
        finally
        {
            await scratch.DiscardAsync();
        }
    }
}
