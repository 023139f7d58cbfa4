namespace Pst.Core.Products;

/// <summary>Well-known document codes shared by the product types and the ordering module.</summary>
public static class DocumentCodes
{
    /// <summary>KTP, SIM, passport or another identity document (shown at the desk).</summary>
    public const string Identity = "identity";

    /// <summary>The NPWP card of a private business.</summary>
    public const string Npwp = "npwp";

    /// <summary>Abstraksi penggunaan data: what the data will be used for.</summary>
    public const string DataUseAbstract = "data-use-abstract";

    /// <summary>Surat perjanjian penggunaan data (SPPD), signed by the customer.</summary>
    public const string DataUseAgreement = "data-use-agreement";

    /// <summary>Surat permohonan: the letter asking for the zero tariff.</summary>
    public const string ZeroTariffRequestLetter = "zero-tariff-request-letter";
}

/// <summary>A document the customer must hand in for a line. <paramref name="Name"/> is a localisation key.</summary>
public sealed record RequiredDocument(string Code, string Name);

/// <summary>What a line needs besides payment: documents up front, a data sample and a signed agreement.</summary>
public sealed record ProductRequirements(IReadOnlyList<RequiredDocument> Documents, bool NeedsSample, bool NeedsAgreement)
{
    public static ProductRequirements None { get; } = new([], false, false);
}
