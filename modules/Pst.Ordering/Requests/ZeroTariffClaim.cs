namespace Pst.Ordering.Requests;

/// <summary>Who may be charged Rp0 (Peraturan BPS 2/2019 as published in the SIPPN entry "Penjualan Nol Rupiah").</summary>
internal enum ZeroTariffCategory
{
    CentralGovernment,
    RegionalGovernment,
    DomesticEducation,
    ForeignRepresentation,
    InternationalInstitution,
}

/// <summary>The non-commercial purposes for which the zero tariff may be given.</summary>
internal enum ZeroTariffPurpose
{
    GovernmentDuty,
    ResearchAndScience,
    CommunityEmpowerment,
    InternationalCommitment,
}

internal enum ZeroTariffDecision
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// The customer asks for the zero tariff (nol rupiah) for an eligible category and purpose, with a request letter;
/// the officer approves it (a Rp0 invoice, payment skipped) or refuses it with a reason (the request goes on at
/// the tariff).
/// </summary>
internal sealed class ZeroTariffClaim
{
    public ZeroTariffClaim(ZeroTariffCategory category, ZeroTariffPurpose purpose)
    {
        Category = category;
        Purpose = purpose;
    }

    public ZeroTariffCategory Category { get; private set; }

    public ZeroTariffPurpose Purpose { get; private set; }

    public ZeroTariffDecision Decision { get; internal set; }

    /// <summary>Why the officer refused, shown to the customer.</summary>
    public string? RefusalReason { get; internal set; }
}
