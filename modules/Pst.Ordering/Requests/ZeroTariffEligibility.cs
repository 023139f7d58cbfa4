using Pst.Core.Kernel;

namespace Pst.Ordering.Requests;

/// <summary>
/// Who may claim the zero tariff in each category (Peraturan BPS 2/2019): the customer's profile must be of the
/// matching segment and name the institution whose letter asks for it; domestic education is for institutions in
/// Indonesia. The officer still decides the claim on the letter; this only keeps out a claim the profile contradicts.
/// </summary>
internal static class ZeroTariffEligibility
{
    public static IReadOnlyList<CustomerSegment> SegmentsFor(ZeroTariffCategory category) => category switch
    {
        ZeroTariffCategory.CentralGovernment or ZeroTariffCategory.RegionalGovernment => [CustomerSegment.Government],
        ZeroTariffCategory.DomesticEducation => [CustomerSegment.Student, CustomerSegment.Researcher],
        _ => [CustomerSegment.InternationalInstitution],
    };

    /// <summary>Refuses, with what to change, a claim the customer's profile does not fit.</summary>
    public static void Require(ZeroTariffCategory category, CustomerDetails customer)
    {
        if (!SegmentsFor(category).Contains(customer.Segment))
        {
            throw new TransitionRefusedException(
                "The zero tariff as {0} is for a profile of the segment {1}. Change the profile, or do not ask for the zero tariff.",
                "ZeroTariffCategory." + category,
                "ZeroTariffSegments." + category);
        }

        if (string.IsNullOrWhiteSpace(customer.Institution))
        {
            throw new TransitionRefusedException("The zero tariff is asked for by an institution: write its name in the profile first.");
        }

        if (category == ZeroTariffCategory.DomesticEducation && customer.Domicile != Domicile.Indonesia)
        {
            throw new TransitionRefusedException("The zero tariff for education is for schools and universities in Indonesia.");
        }
    }
}
