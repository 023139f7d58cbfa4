using Pst.Core.Kernel;
using Pst.Data.Accounts;

namespace Pst.WalkIn.GuestBook;

/// <summary>
/// A visit in the guest book (buku tamu, step 4 of the walk-in procedure): who came, with which identity document,
/// from where, for what; linked to their queue ticket. Identity numbers are personal data: lists mask them.
/// </summary>
public sealed class GuestBookEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public DateTimeOffset VisitedAt { get; set; }

    public IdentityDocumentType IdentityDocumentType { get; set; }

    public string IdentityNumber { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Institution { get; set; }

    public CustomerSegment Segment { get; set; }

    public string Purpose { get; set; } = "";

    public Guid? TicketId { get; set; }

    /// <summary>The request the officer made with the visitor at the desk during this visit, if any.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>The front-office account that wrote it; null when the visitor filled it in at the kiosk.</summary>
    public string? RecordedBy { get; set; }
}
