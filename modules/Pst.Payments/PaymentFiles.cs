using Microsoft.Extensions.Localization;
using Pst.Ordering.Abstractions;

namespace Pst.Payments;

/// <summary>The files the payments module issues on a request, and their names on the request pages.</summary>
public sealed class PaymentFiles(IStringLocalizer<PaymentsModule> text) : IIssuedFileLabels
{
    /// <summary>The slip of a billing code: the code, the amount and how long it can be paid.</summary>
    public static readonly IssuedFileKind BillingSlip = new(nameof(BillingSlip));

    public string? LabelOf(IssuedFileKind kind) => kind == BillingSlip ? text["IssuedFileKind." + kind].Value : null;
}
