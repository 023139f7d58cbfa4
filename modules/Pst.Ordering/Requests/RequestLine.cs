using System.Text.Json;
using Pst.Core.Products;

namespace Pst.Ordering.Requests;

/// <summary>One line of a request: a catalogue item (its title copied when added) with the customer's choices.</summary>
public sealed class RequestLine
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal RequestLine(int number, string itemCode, string productTypeId, string itemTitle, string choicesJson)
    {
        Number = number;
        ItemCode = itemCode;
        ProductTypeId = productTypeId;
        ItemTitle = itemTitle;
        ChoicesJson = choicesJson;
    }

    /// <summary>1, 2, 3 … within the request; a removed line's number is not reused.</summary>
    public int Number { get; }

    public string ItemCode { get; }

    public string ProductTypeId { get; }

    public string ItemTitle { get; }

    /// <summary>The choices as stored (JSON: choice key → chosen values).</summary>
    public string ChoicesJson { get; }

    public LineChoices Choices => new(JsonSerializer.Deserialize<Dictionary<string, List<string>>>(ChoicesJson, Json)!
        .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));

    /// <summary>What the product type measured on the product for the offer (JSON: name → value), or null before the offer.</summary>
    public string? MeasuresJson { get; private set; }

    public LineMeasures Measures => MeasuresJson is null
        ? LineMeasures.None
        : new(JsonSerializer.Deserialize<Dictionary<string, string>>(MeasuresJson, Json)!);

    /// <summary>Keeps what the product type measured when the offer was prepared (replacing an earlier measure).</summary>
    internal void Measure(LineMeasures measures) =>
        MeasuresJson = measures.IsEmpty ? null : JsonSerializer.Serialize(measures.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value), Json);

    /// <summary>
    /// The tariff rows the current invoice charged for this line (JSON), kept when the invoice is issued so that
    /// revenue is reported by what was billed, not by re-pricing under today's catalogue. Null before an invoice.
    /// </summary>
    public string? InvoicedJson { get; private set; }

    public IReadOnlyList<InvoicedCharge> Invoiced => InvoicedJson is null
        ? []
        : JsonSerializer.Deserialize<List<InvoicedCharge>>(InvoicedJson, Json)!;

    /// <summary>Keeps the charges of the invoice just issued (a corrected invoice replaces those of the one before).</summary>
    internal void RecordInvoiced(PriceQuote quote) =>
        InvoicedJson = JsonSerializer.Serialize(quote.Components.Select(c => new InvoicedCharge(c.TariffCode, c.Description, c.Quantity, c.Unit, c.Amount.Amount)).ToList(), Json);

    internal static string Serialize(LineChoices choices) =>
        JsonSerializer.Serialize(choices.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value), Json);
}

/// <summary>One tariff row an invoice charged: the annex's code and wording, how many units, the amount in rupiah.</summary>
public sealed record InvoicedCharge(string TariffCode, string Description, decimal Quantity, string Unit, long Amount);
