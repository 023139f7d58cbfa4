using Pst.Core.Kernel;

namespace Pst.Data.Accounts;

/// <summary>A walk-in visitor as the guest book and the desk know them, to find or open their customer account.</summary>
/// <param name="Npwp">The NPWP's 16 digits, for a private business.</param>
public sealed record Visitor(string Email, string Name, IdentityDocumentType IdentityDocumentType, string IdentityNumber, CustomerSegment Segment, string? Institution, string? Phone, string? Npwp);

/// <summary>
/// The customer account a walk-in request belongs to. The visitor's e-mail address (a requirement of the standard)
/// finds their account; a visitor without one gets an account opened from the guest book, so the receipt, the
/// product and the request are theirs online too.
/// </summary>
public interface IVisitorAccounts
{
    /// <returns>The account's id.</returns>
    /// <param name="siteAddress">The site's address, for the link with which a new account's holder chooses a password.</param>
    Task<string> FindOrOpenAsync(Visitor visitor, string siteAddress, CancellationToken cancellationToken = default);
}
