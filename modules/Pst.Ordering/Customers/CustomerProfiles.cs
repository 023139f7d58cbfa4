using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Customers;

/// <summary>Reads a customer's profile as a request needs it.</summary>
internal sealed class CustomerProfiles(PstDbContext db)
{
    /// <summary>The profile now, or null when there is no such account.</summary>
    public async Task<CustomerProfile?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Set<PstUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is { } user
            ? new CustomerProfile(user.FullName, user.Email ?? "", user.Institution, user.Segment, user.Domicile, user.Npwp, user.TaxNumberAbroad)
            {
                Identity = user.IdentityDocumentType is { } type && !string.IsNullOrWhiteSpace(user.IdentityNumber) ? new CustomerIdentity(type, user.IdentityNumber.Trim()) : null,
                Language = user.PreferredLanguage == "en" ? "en" : "id",
            }
            : null;
}

/// <summary>A customer's profile; segment and domicile may still be unset on a new account.</summary>
internal sealed record CustomerProfile(string Name, string Email, string? Institution, CustomerSegment? Segment, Domicile? Domicile, string? Npwp, string? TaxNumberAbroad = null)
{
    public CustomerIdentity? Identity { get; init; }

    /// <summary>"id" or "en": the language the customer chose for e-mails and documents.</summary>
    public string Language { get; init; } = "id";

    /// <summary>A request is sent only once the profile says who the customer is (the standard's online requirement 1).</summary>
    public bool CompleteForRequests => !string.IsNullOrWhiteSpace(Name) && Segment is not null && Domicile is not null
        && (!NpwpRule.IsRequired(Segment, Domicile) || !string.IsNullOrEmpty(Npwp));

    /// <summary>The segment requirements are computed for while drafting (individual until the profile says otherwise).</summary>
    public CustomerSegment SegmentOrDefault => Segment ?? CustomerSegment.Individual;

    public CustomerDetails ToDetails() =>
        new(Name, Email, Institution, SegmentOrDefault, Domicile ?? Core.Kernel.Domicile.Indonesia, Npwp, TaxNumberAbroad, Identity?.Type, Identity?.Number, Language);
}
