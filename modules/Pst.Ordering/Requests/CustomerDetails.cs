using Pst.Core.Kernel;
using Pst.Data.Accounts;

namespace Pst.Ordering.Requests;

/// <summary>
/// The customer as the request knows them: read from the profile while drafting, copied at submission so the
/// invoice, the agreement and the receipt keep saying what was true then. The officer may correct the name and
/// institution when answering an invoice correction.
/// </summary>
/// <param name="TaxNumberAbroad">A customer abroad: their own country's tax or registration number, if given.</param>
/// <param name="IdentityType">The identity document the profile gave (KTP, passport…), printed on the invoice and agreement.</param>
/// <param name="Language">The language the customer reads ("id" or "en"): their e-mails, and English beside the documents' Indonesian.</param>
internal sealed record CustomerDetails(
    string Name,
    string Email,
    string? Institution,
    CustomerSegment Segment,
    Domicile Domicile,
    string? Npwp,
    string? TaxNumberAbroad = null,
    IdentityDocumentType? IdentityType = null,
    string? IdentityNumber = null,
    string Language = "id")
{
    /// <summary>The identity document, when the profile gave both its kind and number.</summary>
    public CustomerIdentity? Identity => IdentityType is { } type && !string.IsNullOrWhiteSpace(IdentityNumber) ? new(type, IdentityNumber) : null;
}

/// <summary>An identity document as the profile gives it: its kind and number.</summary>
internal sealed record CustomerIdentity(IdentityDocumentType Type, string Number)
{
    /// <summary>As the office's documents print it, in Indonesian: "Paspor C01X00T47".</summary>
    public override string ToString() => $"{Type switch
    {
        IdentityDocumentType.Ktp => "KTP",
        IdentityDocumentType.Sim => "SIM",
        IdentityDocumentType.Passport => "Paspor",
        _ => "Identitas",
    }} {Number}";
}
