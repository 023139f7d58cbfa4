using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Ordering.Requests;

/// <summary>
/// Which documents a request needs (online requirements of the standard): what each line's product type asks for,
/// the NPWP of a private business in Indonesia, an identity document at the desk, and the request letter of a zero-tariff claim.
/// </summary>
internal static class RequiredDocuments
{
    public static IReadOnlyList<string> For(IEnumerable<ProductRequirements> lines, CustomerSegment segment, Domicile? domicile, SalesChannel channel, bool claimsZeroTariff)
    {
        var codes = new List<string>();
        if (channel == SalesChannel.WalkIn)
        {
            codes.Add(DocumentCodes.Identity);
        }

        if (NpwpRule.IsRequired(segment, domicile))
        {
            codes.Add(DocumentCodes.Npwp);
        }

        codes.AddRange(lines.SelectMany(l => l.Documents).Select(d => d.Code));
        if (claimsZeroTariff)
        {
            codes.Add(DocumentCodes.ZeroTariffRequestLetter);
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }
}
