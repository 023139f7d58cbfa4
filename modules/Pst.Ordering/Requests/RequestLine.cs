using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Ordering.Requests;

/// <summary>One line of a request: a catalogue item (its title copied when added) with the customer's choices.</summary>
internal sealed class RequestLine
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
    public string ChoicesJson { get; private set; }

    public LineChoices Choices => new(JsonSerializer.Deserialize<Dictionary<string, List<string>>>(ChoicesJson, Json)!
        .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));

    /// <summary>What the product type measured on the product for the offer (JSON: name → value), or null before the offer.</summary>
    public string? MeasuresJson { get; private set; }

    public LineMeasures Measures => MeasuresJson is null
        ? LineMeasures.None
        : new(JsonSerializer.Deserialize<Dictionary<string, string>>(MeasuresJson, Json)!);

    /// <summary>Takes other choices (a product correction): what the line delivers from now on.</summary>
    internal void Rechoose(LineChoices choices) => ChoicesJson = Serialize(choices);

    /// <summary>Keeps what the product type measured when the offer was prepared (replacing an earlier measure).</summary>
    internal void Measure(LineMeasures measures) =>
        MeasuresJson = measures.IsEmpty ? null : JsonSerializer.Serialize(measures.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value), Json);

    /// <summary>
    /// What the current invoice charged for this line (JSON), kept when the invoice is issued. From then on the line
    /// costs exactly this: acceptance, billing, payment, receipt and reports read it, and a tariff edited later never
    /// reprices it. Null before an invoice.
    /// </summary>
    public string? InvoicedJson { get; private set; }

    public InvoicedPrice? Invoiced => ReadInvoiced(InvoicedJson);

    /// <summary>Reads <see cref="InvoicedJson"/>, for queries that fetch the column without the line.</summary>
    internal static InvoicedPrice? ReadInvoiced(string? json) => json is null ? null : JsonSerializer.Deserialize<InvoicedPrice>(json, Json);

    /// <summary>Keeps the price of the invoice just issued (a corrected invoice replaces the one before).</summary>
    internal void RecordInvoiced(PriceQuote quote) =>
        InvoicedJson = JsonSerializer.Serialize(InvoicedPrice.Of(quote), Json);

    internal static string Serialize(LineChoices choices) =>
        JsonSerializer.Serialize(choices.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value), Json);
}

/// <summary>A line's price as its invoice stated it: the regulation it was priced under and each tariff row charged.</summary>
internal sealed record InvoicedPrice(string Regulation, IReadOnlyList<InvoicedCharge> Charges)
{
    public static InvoicedPrice Of(PriceQuote quote) =>
        new(quote.Regulation, quote.Components.Select(c => new InvoicedCharge(c.TariffCode, c.Description, c.Quantity, c.Unit, c.UnitPrice.Amount, c.Amount.Amount)).ToList());

    public PriceQuote ToQuote() =>
        new(Regulation, Charges.Select(c => new PriceComponent(c.TariffCode, c.Description, c.Quantity, c.Unit, new Rupiah(c.UnitPrice), new Rupiah(c.Amount))).ToList());

    /// <summary>The charges as the ordering contract shows them to other modules.</summary>
    public IReadOnlyList<Abstractions.ChargeSummary> Summaries() =>
        Charges.Select(c => new Abstractions.ChargeSummary(c.TariffCode, c.Description, c.Amount)).ToList();
}

/// <summary>
/// One tariff row an invoice charged: the annex's code and wording, how many units, at what unit price, the amount in
/// rupiah. The wording is stored as it stood (with its English when given); older rows hold the Indonesian as a string.
/// </summary>
internal sealed record InvoicedCharge(string TariffCode, LocalizedName Description, decimal Quantity, LocalizedName Unit, long UnitPrice, long Amount);
