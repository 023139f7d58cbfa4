using Pst.Core.Kernel;

namespace Pst.Ordering.Requests;

/// <summary>
/// The customer as the request knows them: read from the profile while drafting, copied at submission so the
/// invoice, the agreement and the receipt keep saying what was true then. The officer may correct the name and
/// institution when answering an invoice correction.
/// </summary>
/// <param name="TaxNumberAbroad">A customer abroad: their own country's tax or registration number, if given.</param>
internal sealed record CustomerDetails(string Name, string Email, string? Institution, CustomerSegment Segment, Domicile Domicile, string? Npwp, string? TaxNumberAbroad = null);
