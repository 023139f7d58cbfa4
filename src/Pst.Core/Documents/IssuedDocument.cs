using Pst.Core.Kernel;

namespace Pst.Core.Documents;

/// <summary>The kinds of document the office issues with a number and a QR code.</summary>
public enum IssuedDocumentKind
{
    Invoice,
    BillingSlip,
    DataUseAgreement,
    Receipt,

    /// <summary>The supervisor's service report, printed for a period.</summary>
    ServiceReport,
}

/// <summary>Whether an issued document still stands.</summary>
public enum IssuedDocumentStatus
{
    Valid,
    Replaced,
    Cancelled,
}

/// <summary>
/// What the public verification page may say of a document: its number, kind, date, amount and status, and the
/// request it belongs to, and for a replaced one the number of the document that took its place. Never the customer:
/// the page confirms a paper, it does not reveal who holds it.
/// </summary>
public sealed record IssuedDocument(string Number, IssuedDocumentKind Kind, DateTimeOffset IssuedAt, Rupiah? Amount, IssuedDocumentStatus Status, string? RequestNumber, string? ReplacedBy = null);

/// <summary>
/// The register of issued documents, read by the public verification page. Registering and changing a status join
/// the caller's unit of work, so a document is registered exactly when the change that issued it is saved.
/// </summary>
public interface IIssuedDocuments
{
    /// <summary>
    /// The next number of a yearly series, in the year (WIB) of <paramref name="at"/>: <c>KW-2026-00042</c> for prefix
    /// <c>KW</c>. Drawn inside the caller's transaction, so a refused change gives its number back and numbers stay
    /// without gaps.
    /// </summary>
    Task<string> NextNumberAsync(string prefix, string series, DateTimeOffset at, CancellationToken cancellationToken = default);

    void Register(IssuedDocument document);

    /// <summary>
    /// Saves what was registered, for a document issued on its own (a printed report) by a caller that has no unit
    /// of work of its own to save.
    /// </summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <param name="replacedBy">For a replaced document, the number of the one that takes its place (a corrected receipt, a new invoice).</param>
    Task SetStatusAsync(string number, IssuedDocumentStatus status, string? replacedBy = null, CancellationToken cancellationToken = default);

    Task<IssuedDocument?> FindAsync(string number, CancellationToken cancellationToken = default);
}
