namespace Pst.Data.Documents;

/// <summary>An issued document as stored (table <c>Core_IssuedDocuments</c>), keyed by its number.</summary>
public sealed class IssuedDocumentRecord
{
    public string Number { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    public long? Amount { get; set; }

    public string Status { get; set; } = "";

    public string? RequestNumber { get; set; }

    /// <summary>For a replaced document, the number of the one that took its place.</summary>
    public string? ReplacedBy { get; set; }
}
