using Microsoft.AspNetCore.Identity;
using Pst.Core.Kernel;

namespace Pst.Data.Accounts;

/// <summary>An account: the Identity user plus the profile the service standard needs from a customer.</summary>
public sealed class PstUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public IdentityDocumentType? IdentityDocumentType { get; set; }

    public string? IdentityNumber { get; set; }

    public CustomerSegment? Segment { get; set; }

    public string? Institution { get; set; }

    /// <summary>Taxpayer number; required for the private business segment (16 digits).</summary>
    public string? Npwp { get; set; }

    /// <summary>A customer abroad: the tax or registration number of their own country, if they gave one.</summary>
    public string? TaxNumberAbroad { get; set; }

    public Domicile? Domicile { get; set; }

    /// <summary>The language e-mails are written in ("id" or "en"), as chosen when registering.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>Set for the first administrator, whose one-time password must be replaced at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The identity documents the standard accepts (KTP, SIM, Paspor, and others).</summary>
public enum IdentityDocumentType
{
    Ktp,
    Sim,
    Passport,
    Other,
}
