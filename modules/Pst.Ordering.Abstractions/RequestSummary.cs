using Pst.Core.Kernel;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// What another module may know of a request: enough to take its payment, serve its visit or report on it, and
/// nothing it could change. Read through <see cref="GetRequest"/> or <see cref="ListRequests"/>; changed only
/// through the ordering module's commands.
/// </summary>
/// <param name="Customer">The customer as the request's documents name them; null only on a draft not yet tied to a profile.</param>
/// <param name="AmountDue">The current invoice's total (zero when the zero tariff is granted); null before the invoice.</param>
/// <param name="PermittedSteps">The steps the viewer the request was read for may take now (none when read without a viewer).</param>
public sealed record RequestSummary(
    Guid Id,
    string? Number,
    string CustomerId,
    SalesChannel Channel,
    RequestState State,
    RequestCustomer? Customer,
    IReadOnlyList<RequestLineSummary> Lines,
    Rupiah? AmountDue,
    bool NothingToPay,
    bool NeedsAgreement,
    IReadOnlyList<RequestStep> Timeline,
    IReadOnlyList<IssuedFileSummary> IssuedFiles,
    IReadOnlyList<RequestTrigger> PermittedSteps)
{
    /// <summary>The request has reached the payment step at some time (it may have moved past it since).</summary>
    public bool ReachedPayment => Timeline.Any(t => t.To == RequestState.AwaitingPayment);

    /// <summary>The file of this kind that is in force (not replaced); null when there is none.</summary>
    public IssuedFileSummary? Current(IssuedFileKind kind) => IssuedFiles.LastOrDefault(f => f.Kind == kind);

    /// <summary>When the request last moved.</summary>
    public DateTimeOffset? LastMovedAt => Timeline.Count == 0 ? null : Timeline[^1].At;
}

/// <summary>The customer a request's documents name.</summary>
/// <param name="Language">"id" or "en": the language the customer reads; documents for an English reader carry English beside the Indonesian.</param>
public sealed record RequestCustomer(string Name, string? Institution, Domicile Domicile, string Language = "id");

/// <summary>A product line: what was asked and, once invoiced, what each tariff item charged.</summary>
public sealed record RequestLineSummary(int Number, string ProductTypeId, string ItemTitle, IReadOnlyList<ChargeSummary> InvoicedCharges);

/// <summary>One tariff item an invoice charged, in whole rupiah.</summary>
public sealed record ChargeSummary(string TariffCode, LocalizedName Description, long Amount);

/// <summary>One step on the request's timeline.</summary>
public sealed record RequestStep(RequestTrigger Trigger, RequestState To, DateTimeOffset At);

/// <summary>A file the office issued on the request and that is in force.</summary>
public sealed record IssuedFileSummary(IssuedFileKind Kind, string? Number, string FileId, string FileName);
